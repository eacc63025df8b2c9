package org.r2p.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Council;
import org.r2p.core.Instrument;
import org.r2p.core.CouncilHistory;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.Proposal;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * The rules in one place: the Council history, the commitment registry, the interpretation
 * and the working-day calendar are passed in once, then records and hypothetical votes are
 * decided, checked and reviewed.
 *
 * <pre>{@code
 * R2pRules rules = R2pRules.builder()
 *     .councilHistory(history)
 *     .registry(registry)
 *     .build();
 * Review review = rules.review(record);
 * List<Finding> f = rules.check(MemberStates.FRANCE, VotePosition.NO, proposal, date);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; it reads no file and no global state. Every
 * commitment verdict, screened, reviewed or checked, comes from the rules' steps run by one
 * interpreter in three-valued logic.
 */
public final class R2pRules {
  private final CouncilHistory history;
  /**
   * What records are handed to: it runs them through the interpreter. It holds the registry,
   * the interpretation, the calendar, the emergency-session facts, the rules and the Council days.
   */
  private final Reviewer reviewer;
  /** What single records and votes are asked of. */
  private final VoteChecker checker;

  private R2pRules(Builder b) {
    this.history = b.history;
    List<CommitmentRule> rules = List.copyOf(b.rules);
    // kept if the history and registry stay the same: the standings read so far still hold
    CouncilDays days = b.days != null && b.days.readFrom(b.history, b.registry) ? b.days
        : new CouncilDays(b.history, b.registry);
    this.checker = new VoteChecker(b.history, b.registry, b.interpretation, rules);
    this.reviewer = Reviewer.of(b.registry, b.interpretation, b.calendar, b.emergencySession, rules, days,
        checker::decide);
  }

  /**
   * A new builder: no elected members known, no adherents, default interpretation, weekends
   * as the only non-working days, the four restraint rules.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same rules under another interpretation.
   *
   * @param other the interpretation
   * @return a copy
   */
  public R2pRules withInterpretation(Interpretation other) {
    return toBuilder().interpretation(other).build();
  }

  /**
   * The same rules with another registry.
   *
   * @param other the registry
   * @return a copy
   */
  public R2pRules withRegistry(CommitmentRegistry other) {
    return toBuilder().registry(other).build();
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.history = history;
    b.registry = reviewer.registry();
    b.interpretation = reviewer.interpretation();
    b.calendar = reviewer.calendar();
    b.emergencySession = reviewer.emergencySession();
    b.rules = new ArrayList<>(reviewer.rules());
    b.days = reviewer.days();
    return b;
  }

  /** @return the interpretation */
  public Interpretation interpretation() {
    return reviewer.interpretation();
  }

  /** @return the registry */
  public CommitmentRegistry registry() {
    return reviewer.registry();
  }

  /** @return the Council history */
  public CouncilHistory councilHistory() {
    return history;
  }

  /** @return the commitment rules applied, in order */
  public List<CommitmentRule> commitmentRules() {
    return reviewer.rules();
  }

  /**
   * The Council on a date.
   *
   * @param date the date
   * @return the composition
   */
  public Council councilOn(LocalDate date) {
    return history.councilOn(date);
  }

  /**
   * The Charter outcome of a record.
   *
   * @param record the record
   * @return the decision
   */
  public CharterDecision decide(VoteRecord record) {
    return checker.decide(record);
  }

  /**
   * Decides a preliminary question ("is the draft procedural?") and then the draft it
   * {@linkplain Proposal#relatesTo() relates to}: the draft is procedural only if the question
   * is adopted, and a permanent member can veto both (the double veto).
   *
   * @param preliminaryQuestion a record of kind PRELIMINARY_QUESTION whose proposal relates to
   *     the draft's symbol
   * @param draft the record of the draft, voted the same day
   * @return both decisions; empty if the first record is not a preliminary question on this
   *     draft, or the two were not voted the same day
   */
  public Optional<DoubleVeto> doubleVeto(VoteRecord preliminaryQuestion, VoteRecord draft) {
    return checker.doubleVeto(preliminaryQuestion, draft, reviewer.days().on(draft.date()).council);
  }

  /**
   * Whether a proposal is within an instrument's scope under these rules' interpretation, as the
   * rule that applies the instrument reads it, from the same steps: the kinds of proposal its
   * words cover (Q5), and the crimes and the action they name, from the proposal's supplied
   * atrocity aim (Q3, Q4, Q8, Q16). It does not ask whether the instrument was in effect, who
   * was committed or sat on the Council, whether the draft was credible, or how anyone voted.
   * The France–Mexico declaration binds no vote: FALSE.
   *
   * <pre>{@code Ternary t = rules.withinScope(Instrument.ACT_CODE_OF_CONDUCT, proposal, date);}</pre>
   *
   * @param instrument the instrument
   * @param proposal the proposal
   * @param date the date of the vote
   * @return TRUE or FALSE, or UNKNOWN where the facts supplied do not settle it
   * @throws IllegalArgumentException if none of these rules' commitment rules, written as
   *     steps, applies the instrument
   */
  public Ternary withinScope(Instrument instrument, Proposal proposal, LocalDate date) {
    return reviewer.withinScope(Objects.requireNonNull(instrument, "instrument"),
        Objects.requireNonNull(proposal, "proposal"), Objects.requireNonNull(date, "date"));
  }

  /**
   * Checks a single vote against every commitment, without the other votes: whether a NO
   * would be a veto is then unknown. The vote is taken as hypothetical (not cast in a record),
   * and its findings say so.
   *
   * @param state the voting state
   * @param position its vote
   * @param proposal what it votes on
   * @param date the date of the vote
   * @return one finding per commitment rule
   */
  public List<Finding> check(MemberState state, VotePosition position, Proposal proposal, LocalDate date) {
    return checker.check(state, position, proposal, date);
  }

  /**
   * Checks one state's vote as it stands in a whole record. A state the record lists only as
   * a vetoer (a record from the veto list, without per-member votes) is checked on its NO,
   * against the decision the veto list implies ({@link Article27#inferFromVetoes}).
   *
   * @param record the record
   * @param state a state
   * @return one finding per commitment rule; none if the state has no vote in the record and
   *     is not among its recorded vetoers: there is no vote to check. A record adopted without
   *     a vote ({@link VoteRecord#modality()}) holds no vote, so it gives no finding for any
   *     state, as in {@link #review}
   */
  public List<Finding> check(VoteRecord record, MemberState state) {
    return checker.check(record, state);
  }

  /**
   * Checks one vote of a record against every commitment, given the record's decision (which
   * may be inferred, e.g. from a veto list without per-member votes). A vote the record does
   * not hold, or one marked hypothetical, is hypothetical, and its findings say so.
   *
   * @param record the record
   * @param vote the vote to check
   * @param decision the Charter decision of the record
   * @return one finding per commitment rule
   */
  public List<Finding> check(VoteRecord record, Vote vote, CharterDecision decision) {
    return checker.check(record, vote, decision);
  }

  /**
   * The verdict of every commitment rule on every vote of a record, with no explanation built.
   * The same as {@code screen(record).verdicts()}.
   *
   * @param record the record
   * @return the verdicts, vote by vote (in the record's order) and rule by rule
   */
  public List<Verdict> verdicts(VoteRecord record) {
    return screen(record).verdicts();
  }

  /**
   * Screens a record: its Charter decision and the verdict of every commitment rule on every
   * vote, without building findings or explanations. The verdicts are those {@link #review}
   * gives.
   *
   * @param record the record
   * @return the screening
   */
  public Screening screen(VoteRecord record) {
    Objects.requireNonNull(record, "record");
    Verdict[] out = new Verdict[record.votes().size() * reviewer.rules().size()];
    Outcome outcome = reviewer.screen(record, out);
    return new Screening(record, reviewer.rules(), outcome, out, this::decide);
  }

  /**
   * Reviews records as they come, one at a time: the streaming form of {@link #review}, for
   * inputs of any size (nothing is held; each review is made when the stream reaches it).
   *
   * <pre>{@code
   * rules.reviews(records).filter(r -> !r.breaches().isEmpty()).forEach(System.out::println);
   * }</pre>
   *
   * @param records the records, in order
   * @return their reviews, in the same order, lazily
   */
  public java.util.stream.Stream<Review> reviews(java.util.stream.Stream<VoteRecord> records) {
    return records.map(this::review);
  }

  /**
   * Reviews a record: decision, every vote against every commitment, discrepancies with the
   * record, and the GA debate required.
   *
   * <p>A record adopted without a vote or by acclamation ({@link VoteRecord#modality()}) is
   * decided as ADOPTED with that modality, and has no findings: the commitments judge votes,
   * and none was cast (neither CONSISTENT nor NOT_APPLICABLE, which would each state something
   * of a vote). The decision's explanation says so in words.
   *
   * @param record the record
   * @return the review
   */
  public Review review(VoteRecord record) {
    return review(record, true);
  }

  /**
   * {@link #review(VoteRecord)}, building only the findings wanted: with {@code notApplicable}
   * false, the NOT_APPLICABLE findings are not built, and the review counts them instead
   * ({@link Review#notApplicableOmitted()}). Every verdict is found as in a full review, by the
   * same steps; only the findings around the NOT_APPLICABLE ones are left unmade.
   *
   * @param record the record
   * @param notApplicable whether to build the NOT_APPLICABLE findings too
   * @return the review
   */
  public Review review(VoteRecord record, boolean notApplicable) {
    Objects.requireNonNull(record, "record");
    return reviewer.review(record, notApplicable);
  }

  /** Builds {@link R2pRules}. */
  public static final class Builder {
    private CouncilHistory history = CouncilHistory.permanentOnly();
    private CommitmentRegistry registry = CommitmentRegistry.empty();
    private Interpretation interpretation = Interpretation.defaults();
    private WorkingDayCalendar calendar = WorkingDayCalendar.weekendsOnly();
    private java.util.function.Function<VoteRecord, Ternary> emergencySession =
        r -> r.gaEmergencySpecialSession().map(Ternary::of).orElse(Ternary.UNKNOWN);
    private List<CommitmentRule> rules = new ArrayList<>(List.of(
        new CodeOfConductRule(), new FrenchPledgeRule(), new FranceMexicoDeclarationRule(), new UkPledgeRule()));

    private @Nullable CouncilDays days;

    private Builder() {}

    /**
     * @param h the Council history
     * @return this builder
     */
    public Builder councilHistory(CouncilHistory h) {
      this.history = Objects.requireNonNull(h, "councilHistory");
      return this;
    }

    /**
     * @param r the commitment registry
     * @return this builder
     */
    public Builder registry(CommitmentRegistry r) {
      this.registry = Objects.requireNonNull(r, "registry");
      return this;
    }

    /**
     * @param i the interpretation
     * @return this builder
     */
    public Builder interpretation(Interpretation i) {
      this.interpretation = Objects.requireNonNull(i, "interpretation");
      return this;
    }

    /**
     * @param c the working-day calendar for GA res 76/262
     * @return this builder
     */
    public Builder calendar(WorkingDayCalendar c) {
      this.calendar = Objects.requireNonNull(c, "calendar");
      return this;
    }

    /**
     * @param p which records were followed by an emergency special session of the Assembly on
     *     the same situation (GA res 76/262 OP1's carve-out), decided for every record; without
     *     it, each record's own {@code gaEmergencySpecialSession} is used, UNKNOWN when absent
     * @return this builder
     */
    public Builder emergencySession(Predicate<VoteRecord> p) {
      Objects.requireNonNull(p, "emergencySession");
      this.emergencySession = r -> Ternary.of(p.test(r));
      return this;
    }

    /**
     * Replaces the commitment rules applied.
     *
     * @param r the rules, in order
     * @return this builder
     */
    public Builder commitmentRules(List<CommitmentRule> r) {
      this.rules = new ArrayList<>(r);
      return this;
    }

    /** @return the rules */
    public R2pRules build() {
      return new R2pRules(this);
    }
  }
}
