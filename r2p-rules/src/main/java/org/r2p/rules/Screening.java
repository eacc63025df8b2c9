package org.r2p.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.r2p.core.Outcome;
import org.r2p.core.Vote;
import org.r2p.core.VoteRecord;

/**
 * A record screened: its Charter decision and the verdict of every commitment rule on every
 * vote, with no finding or explanation built; a review ({@code R2pRules.review}) gives the same
 * verdicts with their findings and explanations.
 *
 * <pre>{@code
 * Screening s = rules.screen(record);
 * if (s.count(Verdict.BREACH) > 0) {
 *   Review why = rules.review(record);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Screening {
  private final VoteRecord record;
  /** How the record's Charter decision is made, when it is asked for. */
  private final Function<VoteRecord, CharterDecision> decide;
  private final List<CommitmentRule> rules;
  private final Outcome outcome;
  /** The verdicts, vote-major. */
  private final Verdict[] verdicts;
  /** The decision, once built; null until then. */
  private volatile @Nullable CharterDecision decision;

  /**
   * @param verdicts the verdicts, vote-major, {@code votes × rules}; kept, not copied
   * @param decide how the decision is made when it is asked for
   */
  Screening(VoteRecord record, List<CommitmentRule> rules, Outcome outcome, Verdict[] verdicts,
      Function<VoteRecord, CharterDecision> decide) {
    this.record = record;
    this.decide = decide;
    this.rules = rules;
    this.outcome = outcome;
    this.verdicts = verdicts;
  }

  /** {@return the record screened} */
  public VoteRecord record() {
    return record;
  }

  /**
   * The Charter decision of the record, built on first request.
   *
   * @return the decision
   */
  public CharterDecision decision() {
    CharterDecision d = decision;
    if (d == null) {
      // racing threads build equal values; either may be kept
      d = decide.apply(record);
      decision = d;
    }
    return d;
  }

  /**
   * The outcome Article 27 gives: that of {@link #decision()}, known without building it.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /** {@return the commitment rules applied, in the order of each vote's verdicts} */
  public List<CommitmentRule> rules() {
    return rules;
  }

  /**
   * Every verdict: vote by vote in the record's order, and for each vote rule by rule.
   *
   * @return the verdicts, {@code votes × rules} of them
   */
  public List<Verdict> verdicts() {
    return Collections.unmodifiableList(Arrays.asList(verdicts));
  }

  /**
   * The verdict of one rule on one vote.
   *
   * @param vote the vote's index in {@link VoteRecord#votes()}
   * @param rule the rule's index in {@link #rules()}
   * @return the verdict
   * @throws IndexOutOfBoundsException if either index is out of range
   */
  public Verdict verdict(int vote, int rule) {
    Objects.checkIndex(vote, record.votes().size());
    Objects.checkIndex(rule, rules.size());
    return verdicts[vote * rules.size() + rule];
  }

  /**
   * The verdicts of every rule on one vote.
   *
   * @param vote a vote
   * @return the verdicts, rule by rule; none for a vote the record does not hold (there is
   *     nothing to screen)
   */
  public List<Verdict> verdictsOn(Vote vote) {
    int i = record.votes().indexOf(vote);
    return i < 0 ? List.of() : verdicts().subList(i * rules.size(), (i + 1) * rules.size());
  }

  /**
   * How many verdicts are of a kind.
   *
   * @param kind the verdict
   * @return the count over every vote and rule
   */
  public int count(Verdict kind) {
    int n = 0;
    for (Verdict v : verdicts) {
      if (v == kind) {
        n++;
      }
    }
    return n;
  }

  @Override
  public String toString() {
    return "Screening{" + record.proposal().label() + " " + record.date() + ": " + outcome()
        + ", " + count(Verdict.BREACH) + " breach(es) in " + verdicts.length + " verdicts}";
  }
}
