package org.r2p.rules;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.r2p.core.AtrocityAim;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Council;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.Proposal;
import org.r2p.core.VotePosition;

/**
 * What the steps of a commitment rule read about one vote: the vote itself, and the occasion
 * it was cast on (the proposal, the date, the Council, the registry, the interpretation and,
 * when the whole vote is known, what the outcome turned on). Package-private. The facts a
 * finding keeps are immutable; only a screening, which keeps none, moves its one instance from
 * vote to vote ({@link #moveTo}).
 */
final class Facts {
  /** Everything about a vote that is the same for every vote of a record. */
  static final class Occasion {
    final Proposal proposal;
    final LocalDate date;
    final CouncilDays.Day day;
    final CommitmentRegistry registry;
    final Interpretation interpretation;
    /** What the outcome turned on; null when the other votes are not known. */
    final Article27.@Nullable Count count;
    /** The Charter decision, where one is at hand; it decides which votes were vetoes. */
    final @Nullable CharterDecision decision;
    /** The proposal's atrocity aim, null where none was supplied: read once for every rule. */
    final @Nullable AtrocityAim aim;

    Occasion(Proposal proposal, LocalDate date, CouncilDays.Day day, CommitmentRegistry registry,
        Interpretation interpretation, Article27.@Nullable Count count, @Nullable CharterDecision decision) {
      this.proposal = proposal;
      this.date = date;
      this.day = day;
      this.registry = registry;
      this.interpretation = interpretation;
      this.count = count;
      this.decision = decision;
      this.aim = proposal.atrocityAim().orElse(null);
    }
  }

  private final Occasion occasion;
  private MemberState state;
  private VotePosition position;
  private CouncilDays.Voter voter;
  private final boolean hypothetical;

  Facts(Occasion occasion, MemberState state, VotePosition position, CouncilDays.Voter voter, boolean hypothetical) {
    this.occasion = occasion;
    this.state = state;
    this.position = position;
    this.voter = voter;
    this.hypothetical = hypothetical;
  }

  /**
   * These facts moved to another vote cast on the same occasion: what a quiet screening does
   * from vote to vote, so that it allocates nothing per vote. Facts a finding keeps are never
   * moved.
   *
   * @return this
   */
  Facts moveTo(MemberState state, VotePosition position, CouncilDays.Voter voter) {
    this.state = state;
    this.position = position;
    this.voter = voter;
    return this;
  }

  /** The facts of a vote given as a context (for a rule asked vote by vote). */
  static Facts of(VoteContext ctx) {
    CouncilDays.Day day = CouncilDays.Day.forOneVote(ctx.council(), ctx.registry());
    Article27.Count count = ctx.decision().map(Article27.Count::of).orElse(null);
    Occasion o = new Occasion(ctx.proposal(), ctx.date(), day, ctx.registry(), ctx.interpretation(), count,
        ctx.decision().orElse(null));
    return new Facts(o, ctx.state(), ctx.position(), day.voter(ctx.state()), ctx.hypothetical());
  }

  Occasion occasion() {
    return occasion;
  }

  Proposal proposal() {
    return occasion.proposal;
  }

  /** @return the proposal's atrocity aim, or null where none was supplied */
  @Nullable AtrocityAim aim() {
    return occasion.aim;
  }

  LocalDate date() {
    return occasion.date;
  }

  Council council() {
    return occasion.day.council;
  }

  boolean electedSeatsKnown() {
    return occasion.day.electedSeatsKnown;
  }

  CommitmentRegistry registry() {
    return occasion.registry;
  }

  Interpretation interpretation() {
    return occasion.interpretation;
  }

  /** @return what the outcome turned on, or null when the other votes are not known */
  Article27.@Nullable Count count() {
    return occasion.count;
  }

  MemberState state() {
    return state;
  }

  /**
   * @return the voter's name on the vote date as the Council history gives it (e.g. "Ukrainian
   *     SSR" before 24 August 1991), not the name the record happened to carry
   */
  String stateName() {
    return occasion.day != null ? occasion.day.council.nameOf(state) : MemberStates.nameOn(state, occasion.date);
  }

  VotePosition position() {
    return position;
  }

  CouncilDays.Voter voter() {
    return voter;
  }

  /** @return whether the vote was not cast in the record (a hypothetical or what-if vote) */
  boolean hypothetical() {
    return hypothetical;
  }

  /**
   * Whether this vote was a veto cast in the decision: a permanent member's NO on a draft the
   * NO defeated.
   *
   * @return UNKNOWN when the other votes are not known, or the record lacks votes that decide
   *     the outcome
   */
  Ternary veto() {
    if (occasion.count == null || occasion.count.outcome() == Outcome.INDETERMINATE) {
      // the other votes are not known, or the missing ones decide the outcome: a permanent
      // member's NO may or may not be a veto
      return position == VotePosition.NO && voter.permanent() ? Ternary.UNKNOWN : Ternary.FALSE;
    }
    if (occasion.decision != null) {
      return Ternary.of(occasion.decision.vetoCasts().contains(state));
    }
    return Ternary.of(occasion.count.outcome() == Outcome.FAILED_VETO && position == VotePosition.NO
        && voter.permanent());
  }
}
