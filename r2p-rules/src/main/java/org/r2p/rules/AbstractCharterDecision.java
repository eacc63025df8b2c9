package org.r2p.rules;

import java.util.List;
import org.immutables.value.Value;
import org.r2p.core.Classification;
import org.r2p.core.DecisionModality;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.PermanentSeat;

/**
 * The Charter outcome of one vote: adopted, vetoed (with the veto casts), or failed for want
 * of votes, with the threshold applied, the classification used, any irregularity found, and
 * the explanation. A decision adopted without a vote is ADOPTED with its
 * {@linkplain #modality() modality} saying so: no vote was counted, none was negative and none
 * was a veto.
 *
 * <p>Made by Article 27 through {@code CharterDecision.of(outcome, classification, threshold,
 * affirmative, vetoCasts, vetoSeats, permanentNegative, irregularities, explainer)} or the
 * builder.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCharterDecision {
  /**
   * The outcome.
   *
   * @return the outcome
   */
  @Value.Parameter
  public abstract Outcome outcome();

  /**
   * The classification applied: PROCEDURAL or NON_PROCEDURAL (a CONTESTED input is decided
   * as non-procedural unless a preliminary question settled it).
   *
   * @return the classification
   */
  @Value.Parameter
  public abstract Classification classification();

  /**
   * The affirmative votes required: 7 or 9 (for a decision adopted without a vote, what a vote
   * would have needed: none was taken).
   *
   * @return the threshold
   */
  @Value.Parameter
  public abstract int threshold();

  /**
   * The affirmative votes cast: 0 where no vote was taken (see {@link #modality()}), since none
   * was cast; the decision was then not taken by counting votes.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int affirmative();

  /**
   * The veto casts Article 27 finds: the permanent members whose negative vote was a veto, one
   * cast each; empty unless FAILED_VETO. A record's own account of them is
   * {@code VoteRecord.recordedVetoCasts()}, compared with this by {@link Discrepancies#vetoCasts}.
   *
   * @return the states casting a veto
   */
  @Value.Parameter
  public abstract List<MemberState> vetoCasts();

  /**
   * The seats of {@link #vetoCasts()}, in the same order.
   *
   * @return the seats
   */
  @Value.Parameter
  public abstract List<PermanentSeat> vetoSeats();

  /**
   * Permanent members that voted NO, whether or not their vote was a veto.
   *
   * @return the states
   */
  @Value.Parameter
  public abstract List<MemberState> permanentNegative();

  /**
   * Irregularities found under the interpretation (Art.&nbsp;27(3) proviso in strict mode,
   * contested absences, voters who were not on the Council).
   *
   * @return the irregularities, each a sentence
   */
  @Value.Parameter
  public abstract List<String> irregularities();

  /**
   * The members of the Council on the vote date whose votes the record lacks: each is UNKNOWN,
   * never ABSENT. The outcome is definite when every way they could have voted gives the same
   * one (within the record's reported tally), INDETERMINATE otherwise. Elected members whose
   * names the Council history does not know are not listed; {@link #unknownVoteCount()} counts
   * them.
   *
   * @return the members whose votes are missing, usually none
   */
  public abstract List<MemberState> unknownVotes();

  /**
   * How many members' votes the record lacks, named or not.
   *
   * @return the count, usually 0
   */
  @Value.Default
  public int unknownVoteCount() {
    return unknownVotes().size();
  }

  /**
   * How the decision was taken: by a recorded vote (the outcome then follows from the votes
   * counted under Art.&nbsp;27), or without a vote, as the record says (the outcome is then
   * ADOPTED, with no vote counted, no permanent member's negative vote and no veto).
   *
   * @return the modality of the record decided
   */
  @Value.Default
  public DecisionModality modality() {
    return DecisionModality.RECORDED_VOTE;
  }

  /**
   * Under Art. 27(3) STRICT (Q9), where a party to the dispute voted YES or NO instead of
   * abstaining: the outcome with the parties' votes discounted (counted as abstentions).
   *
   * @return that outcome, or empty where no party's vote was irregular
   */
  public abstract java.util.Optional<Outcome> outcomeDiscountingParties();

  /**
   * How to build the explanation; called once, on the first call of {@link #explanation()}.
   * Not part of equality.
   *
   * @return the builder of the explanation
   */
  @Value.Auxiliary
  @Value.Parameter
  public abstract java.util.function.Supplier<Explanation> explainer();

  /**
   * Why: built on first request.
   *
   * @return the explanation
   */
  @Value.Lazy
  public Explanation explanation() {
    return explainer().get();
  }

  /**
   * Whether the proposal was vetoed.
   *
   * @return true for FAILED_VETO
   */
  public boolean vetoed() {
    return outcome() == Outcome.FAILED_VETO;
  }
}
