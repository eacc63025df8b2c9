package org.r2p.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Council;
import org.r2p.core.MemberState;
import org.r2p.core.Proposal;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * Everything a commitment rule may look at: one state's vote, real or hypothetical, the
 * proposal, the date, the Council that day, the commitment registry, the interpretation and,
 * when the whole vote is known, its Charter decision. A record rather than a built value:
 * reviews make one per vote.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param state the voting state
 * @param position its vote
 * @param proposal what was voted on
 * @param date the vote date
 * @param council the Council on that date
 * @param registry who stood committed to what
 * @param interpretation the interpretation
 * @param decision the Charter decision of the whole vote with this state's vote in it; empty
 *     for a hypothetical vote checked alone, where whether a NO would be a veto is unknown
 * @param hypothetical whether the vote was not cast in a record (a hypothetical or what-if
 *     vote): its findings say so
 */
public record VoteContext(
    MemberState state,
    VotePosition position,
    Proposal proposal,
    LocalDate date,
    Council council,
    CommitmentRegistry registry,
    Interpretation interpretation,
    Optional<CharterDecision> decision,
    boolean hypothetical) {

  /**
   * Checks the parts.
   *
   * @param state the voting state
   * @param position its vote
   * @param proposal what was voted on
   * @param date the vote date
   * @param council the Council on that date
   * @param registry who stood committed to what
   * @param interpretation the interpretation
   * @param decision the decision of the whole vote, if known
   * @param hypothetical whether the vote was not cast in a record
   */
  public VoteContext {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(interpretation, "interpretation");
    Objects.requireNonNull(decision, "decision");
  }

  /**
   * A context whose vote is hypothetical exactly when no decision of the whole vote is given
   * (a vote checked alone).
   *
   * @param state the voting state
   * @param position its vote
   * @param proposal what was voted on
   * @param date the vote date
   * @param council the Council on that date
   * @param registry who stood committed to what
   * @param interpretation the interpretation
   * @param decision the decision of the whole vote, if known
   */
  public VoteContext(MemberState state, VotePosition position, Proposal proposal, LocalDate date, Council council,
      CommitmentRegistry registry, Interpretation interpretation, Optional<CharterDecision> decision) {
    this(state, position, proposal, date, council, registry, interpretation, decision, decision.isEmpty());
  }

  /** The context of one vote of a whole record, whose decision is known; hypothetical if the record lacks it or marks it so. */
  static VoteContext inRecord(VoteRecord record, Vote vote, Council council, CommitmentRegistry registry,
      Interpretation interpretation, CharterDecision decision) {
    return new VoteContext(vote.member(), vote.position(), record.proposal(), record.date(), council, registry,
        interpretation, Optional.of(decision), record.isHypothetical(vote));
  }
}
