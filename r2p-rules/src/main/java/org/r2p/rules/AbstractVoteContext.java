package org.r2p.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Council;
import org.r2p.core.MemberState;
import org.r2p.core.Proposal;
import org.r2p.core.VotePosition;

/**
 * Everything a commitment rule may look at: one state's vote, real or hypothetical, the
 * proposal, the date, the Council that day, the commitment registry, the interpretation and,
 * when the whole vote is known, its Charter decision.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractVoteContext {
  /** @return the voting state */
  public abstract MemberState state();

  /** @return its vote */
  public abstract VotePosition position();

  /** @return what was voted on */
  public abstract Proposal proposal();

  /** @return the vote date */
  public abstract LocalDate date();

  /** @return the Council on that date */
  public abstract Council council();

  /** @return who stood committed to what */
  public abstract CommitmentRegistry registry();

  /** @return the interpretation */
  @Value.Default
  public Interpretation interpretation() {
    return Interpretation.defaults();
  }

  /**
   * The Charter decision of the whole vote with this state's vote in it; empty for a
   * hypothetical vote checked alone, where whether a NO would be a veto is unknown.
   *
   * @return the decision, if the whole vote is known
   */
  public abstract Optional<CharterDecision> decision();
}
