package org.r2p.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.r2p.core.AtrocityAim;
import org.r2p.core.Citation;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Council;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.Proposal;
import org.r2p.core.VotePosition;

/**
 * The language the commitment rules are written in: what a rule's steps read about a vote
 * ({@link Facts}), one condition ({@link Step}), a rule as its conditions in order ({@link
 * Steps}), and the three-valued connectives that take a rule's results together. A rule file
 * writes its clause in these terms; the {@link Interpreter} runs them. Package-private.
 */
final class RuleLanguage {
  private RuleLanguage() {}

  /**
   * Whether a rule applies, from its results: the conjunction of its applicability conditions
   * (every result but the last, the breach step's).
   *
   * @return FALSE as soon as one is FALSE, TRUE when all are TRUE, UNKNOWN otherwise
   */
  static Ternary applies(Ternary[] results) {
    Ternary applies = Ternary.TRUE;
    for (int k = 0; k < results.length - 1; k++) {
      applies = applies.and(results[k]);
    }
    return applies;
  }

  /** The conjunction of some results: FALSE as soon as one is FALSE. */
  static Ternary all(Ternary[] results) {
    Ternary acc = Ternary.TRUE;
    for (Ternary t : results) {
      if (t == Ternary.FALSE) {
        return Ternary.FALSE;
      }
      if (t == Ternary.UNKNOWN) {
        acc = Ternary.UNKNOWN;
      }
    }
    return acc;
  }

  /** The conjunction of some steps on a vote: stops at the first FALSE, testing nothing after it. */
  static Ternary all(Step[] steps, Facts f) {
    Ternary acc = Ternary.TRUE;
    for (Step step : steps) {
      Ternary t = step.test().test(f);
      if (t == Ternary.FALSE) {
        return Ternary.FALSE;
      }
      if (t == Ternary.UNKNOWN) {
        acc = Ternary.UNKNOWN;
      }
    }
    return acc;
  }

  /**
   * One condition of a commitment rule: its stable id, when it is decided (its scope), whether it
   * is a condition of applicability or the vote that breaches, the test itself in three-valued
   * logic, and the sentence that says which fact decided it. The test never builds text; the
   * detail is asked for only when a finding is explained. Package-private.
   *
   * @param id the stable id
   * @param scope when it is decided
   * @param role applicability or breach
   * @param test the test
   * @param detail the fact that decided it, in words
   */
  record Step(StepId id, Scope scope, Role role, Test test, Detail detail) {
    /** When a step is decided. */
    enum Scope {
      /** Once per record: the instrument, the proposal, the decision, the interpretation. */
      RECORD,
      /** Once per state and date: the voter's own commitment and seat. */
      VOTER,
      /** Per vote: the position and what follows from it. */
      VOTE
    }

    /** What a step's result means for the verdict. */
    enum Role {
      /** A condition for the commitment to apply: FALSE gives NOT_APPLICABLE. */
      APPLIES,
      /** The vote itself: TRUE breaches, FALSE keeps the commitment (when it applies). */
      BREACH
    }

    /** The test of a step. */
    @FunctionalInterface
    interface Test {
      Ternary test(Facts f);
    }

    /** The fact that decided a step, in words. */
    @FunctionalInterface
    interface Detail {
      String detail(Facts f, Ternary result);
    }

    /** A condition of applicability. */
    static Step applies(StepId id, Scope scope, Test test, Detail detail) {
      return new Step(id, scope, Role.APPLIES, test, detail);
    }

    /** The vote that breaches. */
    static Step breachIf(StepId id, Test test, Detail detail) {
      return new Step(id, Scope.VOTE, Role.BREACH, test, detail);
    }
  }

  /**
   * A commitment rule as data: its id, the instrument and clause it encodes, what the clause
   * says, and its conditions in order, the last of them the vote that breaches. The
   * {@link Interpreter} runs it. Package-private; immutable.
   *
   * @param rule the rule's stable id, e.g. {@code "act-code.para-2"}
   * @param instrument the instrument
   * @param clause the clause cited
   * @param provision what the clause says
   * @param breachReason why a vote that meets every condition breaches, in words
   * @param steps the conditions in order, the breach step last
   */
  record Steps(String rule, Instrument instrument, Citation clause, String provision,
      Function<Facts, String> breachReason, List<Step> steps) {

    Steps {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(instrument, "instrument");
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(provision, "provision");
      Objects.requireNonNull(breachReason, "breachReason");
      steps = List.copyOf(steps);
      int breach = 0;
      for (Step s : steps) {
        breach += s.role() == Step.Role.BREACH ? 1 : 0;
      }
      if (breach != 1 || steps.get(steps.size() - 1).role() != Step.Role.BREACH) {
        throw new IllegalArgumentException("a rule must end with exactly one breach step: " + rule);
      }
    }

    /** A rule from its steps, in order. */
    static Steps of(String rule, Citation clause, String provision, Function<Facts, String> breachReason,
        Step... steps) {
      return new Steps(rule, clause.instrument(), clause, provision, breachReason, List.of(steps));
    }

    /** The applicability steps of one scope, in order. */
    Step[] applying(Step.Scope scope) {
      List<Step> out = new ArrayList<>();
      for (Step s : steps) {
        if (s.role() == Step.Role.APPLIES && s.scope() == scope) {
          out.add(s);
        }
      }
      return out.toArray(new Step[0]);
    }

    /** The applicability steps about the instrument's scope ({@link StepId#scope()}), in order. */
    Step[] scope() {
      return steps.stream().filter(s -> s.role() == Step.Role.APPLIES && s.id().scope()).toArray(Step[]::new);
    }

    /** @return the step whose TRUE breaches */
    Step breach() {
      return steps.get(steps.size() - 1);
    }

    /**
     * The same rule with its applicability steps in another order (the breach step stays last):
     * the verdict must not change, as each step is decided independently.
     */
    Steps reordered(List<Step> applicability) {
      List<Step> all = new ArrayList<>(applicability);
      all.add(breach());
      return new Steps(rule, instrument, clause, provision, breachReason, all);
    }
  }

  /**
   * What the steps of a commitment rule read about one vote: the vote itself, and the occasion
   * it was cast on (the proposal, the date, the Council, the registry, the interpretation and,
   * when the whole vote is known, what the outcome turned on). Package-private. The facts a
   * finding keeps are immutable; only a screening, which keeps none, moves its one instance from
   * vote to vote ({@link #moveTo}).
   */
  static final class Facts {
    /**
     * Everything about a vote that is the same for every vote of a record.
     *
     * @param count what the outcome turned on; null when the other votes are not known
     * @param decision the Charter decision, where one is at hand; it decides which votes were vetoes
     * @param aim the proposal's atrocity aim, null where none was supplied: read once for every rule
     */
    record Occasion(Proposal proposal, LocalDate date, CouncilDays.Day day, CommitmentRegistry registry,
        Interpretation interpretation, Article27.@Nullable Count count, @Nullable CharterDecision decision,
        @Nullable AtrocityAim aim) {
      Occasion(Proposal proposal, LocalDate date, CouncilDays.Day day, CommitmentRegistry registry,
          Interpretation interpretation, Article27.@Nullable Count count, @Nullable CharterDecision decision) {
        this(proposal, date, day, registry, interpretation, count, decision, proposal.atrocityAim().orElse(null));
      }
    }

    private final Occasion occasion;
    // null only in the facts of a proposal alone (ofProposal), which no VOTER or VOTE step reads
    private @Nullable MemberState state;
    private @Nullable VotePosition position;
    private CouncilDays.@Nullable Voter voter;
    private final boolean hypothetical;

    private Facts(Occasion occasion) {
      this.occasion = occasion;
      this.hypothetical = false;
    }

    /**
     * The facts of a proposal alone, with no vote: what a rule's steps about its scope read
     * (the proposal, its atrocity aim, the interpretation). A step that reads a vote fails on them.
     */
    static Facts ofProposal(Proposal proposal, LocalDate date, CouncilDays.Day day, CommitmentRegistry registry,
        Interpretation interpretation) {
      return new Facts(new Occasion(proposal, date, day, registry, interpretation, null, null));
    }

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
      return occasion.proposal();
    }

    /** @return the proposal's atrocity aim, or null where none was supplied */
    @Nullable AtrocityAim aim() {
      return occasion.aim();
    }

    LocalDate date() {
      return occasion.date();
    }

    Council council() {
      return occasion.day().council;
    }

    boolean electedSeatsKnown() {
      return occasion.day().electedSeatsKnown;
    }

    CommitmentRegistry registry() {
      return occasion.registry();
    }

    Interpretation interpretation() {
      return occasion.interpretation();
    }

    /** @return what the outcome turned on, or null when the other votes are not known */
    Article27.@Nullable Count count() {
      return occasion.count();
    }

    MemberState state() {
      return Objects.requireNonNull(state, "no vote");
    }

    /**
     * @return the voter's name on the vote date as the Council history gives it (e.g. "Ukrainian
     *     SSR" before 24 August 1991), not the name the record happened to carry
     */
    String stateName() {
      return occasion.day() != null ? occasion.day().council.nameOf(state()) : MemberStates.nameOn(state(), occasion.date());
    }

    VotePosition position() {
      return Objects.requireNonNull(position, "no vote");
    }

    CouncilDays.Voter voter() {
      return Objects.requireNonNull(voter, "no vote");
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
      if (occasion.count() == null || occasion.count().outcome() == Outcome.INDETERMINATE) {
        // the other votes are not known, or the missing ones decide the outcome: a permanent
        // member's NO may or may not be a veto
        return position == VotePosition.NO && voter().permanent() ? Ternary.UNKNOWN : Ternary.FALSE;
      }
      if (occasion.decision() != null) {
        return Ternary.of(occasion.decision().vetoCasts().contains(state()));
      }
      return Ternary.of(occasion.count().outcome() == Outcome.FAILED_VETO && position == VotePosition.NO
          && voter().permanent());
    }
  }
}
