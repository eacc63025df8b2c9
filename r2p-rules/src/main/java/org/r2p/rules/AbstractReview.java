package org.r2p.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.r2p.core.MemberState;
import org.r2p.core.VoteRecord;

/**
 * Everything the rules say about one vote record: the Charter decision, each commitment
 * finding for each vote, the discrepancies with what was recorded, and the GA res 76/262
 * debate it requires.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractReview {
  /** {@return the record reviewed} */
  public abstract VoteRecord record();

  /** {@return the Charter decision} */
  public abstract CharterDecision decision();

  /**
   * Every commitment finding, by vote then instrument; without the NOT_APPLICABLE ones when
   * the review was made without them ({@link R2pRules#review(VoteRecord, boolean)}), which
   * {@link #notApplicableOmitted()} then counts.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * How many NOT_APPLICABLE findings the review left out of {@link #findings()}: none for a
   * full review ({@link R2pRules#review(VoteRecord)}).
   *
   * @return the count
   */
  @Value.Default
  public int notApplicableOmitted() {
    return 0;
  }

  /** {@return where the record and the rules disagree} */
  public abstract List<Discrepancy> discrepancies();

  /** {@return the GA debate required, if a veto triggered one} */
  public abstract Optional<GaDebate> gaDebate();

  /**
   * The findings other than NOT_APPLICABLE: the commitments the vote engaged.
   *
   * @return the findings
   */
  public List<Finding> engaged() {
    return findings().stream().filter(f -> f.verdict() != Verdict.NOT_APPLICABLE).collect(Collectors.toList());
  }

  /**
   * The breaches.
   *
   * @return the findings with verdict BREACH
   */
  public List<Finding> breaches() {
    return findings().stream().filter(f -> f.verdict() == Verdict.BREACH).collect(Collectors.toList());
  }

  /**
   * The findings about one state's vote.
   *
   * @param state the state
   * @return its findings
   */
  public List<Finding> findingsFor(MemberState state) {
    return findings().stream()
        .filter(f -> f.state().map(state::equals).orElse(false))
        .collect(Collectors.toList());
  }
}
