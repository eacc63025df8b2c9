package org.r2p.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Council;
import org.r2p.core.CouncilHistory;
import org.r2p.core.MemberState;
import org.r2p.core.Proposal;
import org.r2p.core.Tally;
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
 * <p>This class is immutable and thread-safe; it reads no file and no global state. It keeps,
 * for each vote date it has seen (up to 8,192), the Council and its members' standings under
 * every instrument: values that depend only on the history and the registry it was built with.
 */
public final class R2pRules {
  private final CouncilHistory history;
  private final CommitmentRegistry registry;
  private final Interpretation interpretation;
  private final WorkingDayCalendar calendar;
  private final java.util.function.Function<VoteRecord, Ternary> emergencySession;
  private final List<CommitmentRule> rules;

  /** Each rule of this package at its index, able to screen whole records; null for the others. */
  private final @Nullable BuiltInRule[] screens;

  /** At most this many dates' {@link CouncilDay}s are kept: all of history is about 2,000. */
  private static final int DAY_CACHE_LIMIT = 8192;

  /** Each date's Council and standings; they depend on the history and the registry only. */
  private final java.util.concurrent.ConcurrentHashMap<LocalDate, CouncilDay> days;

  private R2pRules(Builder b) {
    this.history = b.history;
    this.registry = b.registry;
    this.interpretation = b.interpretation;
    this.calendar = b.calendar;
    this.emergencySession = b.emergencySession;
    this.rules = List.copyOf(b.rules);
    this.screens = new BuiltInRule[rules.size()];
    for (int r = 0; r < screens.length; r++) {
      if (rules.get(r) instanceof BuiltInRule) {
        screens[r] = (BuiltInRule) rules.get(r);
      }
    }
    this.days = b.days != null && b.daysHistory == b.history && b.daysRegistry == b.registry
        ? b.days : new java.util.concurrent.ConcurrentHashMap<>();
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
    b.registry = registry;
    b.interpretation = interpretation;
    b.calendar = calendar;
    b.emergencySession = emergencySession;
    b.rules = new ArrayList<>(rules);
    // same history and registry: the standings read so far still hold
    b.days = days;
    b.daysHistory = history;
    b.daysRegistry = registry;
    return b;
  }

  /** {@return the interpretation} */
  public Interpretation interpretation() {
    return interpretation;
  }

  /** {@return the registry} */
  public CommitmentRegistry registry() {
    return registry;
  }

  /** {@return the Council history} */
  public CouncilHistory councilHistory() {
    return history;
  }

  /** {@return the commitment rules applied, in order} */
  public List<CommitmentRule> commitmentRules() {
    return rules;
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
    return Article27.decide(record, history.councilOn(record.date()), interpretation);
  }

  /**
   * Checks a single vote, real or hypothetical, against every commitment, without the other
   * votes: whether a NO would be a veto is then unknown.
   *
   * @param state the voting state
   * @param position its vote
   * @param proposal what it votes on
   * @param date the date of the vote
   * @return one finding per commitment rule
   */
  public List<Finding> check(MemberState state, VotePosition position, Proposal proposal, LocalDate date) {
    VoteContext ctx = new VoteContext(state, position, proposal, date, history.councilOn(date), registry, interpretation, Optional.empty());
    List<Finding> out = new ArrayList<>(rules.size());
    for (CommitmentRule r : rules) {
      out.add(r.check(ctx));
    }
    return out;
  }

  /**
   * Checks one state's vote as it stands in a whole record.
   *
   * @param record the record
   * @param state a voter in it
   * @return one finding per commitment rule
   * @throws IllegalArgumentException if the state has no vote in the record
   */
  public List<Finding> check(VoteRecord record, MemberState state) {
    Council council = history.councilOn(record.date());
    CharterDecision decision = Article27.decide(record, council, interpretation);
    VotePosition p = record.positionOf(state).orElseThrow(() -> new IllegalArgumentException(
        "state has no vote in " + record.proposal().label() + ": " + state));
    return checkVote(record, council, decision, Vote.of(state, p));
  }

  /**
   * Checks one vote of a record against every commitment, given the record's decision (which
   * may be inferred, e.g.&nbsp;from a veto list without per-member votes).
   *
   * @param record the record
   * @param vote the vote to check
   * @param decision the Charter decision of the record
   * @return one finding per commitment rule
   */
  public List<Finding> check(VoteRecord record, Vote vote, CharterDecision decision) {
    return checkVote(record, history.councilOn(record.date()), decision, vote);
  }

  private List<Finding> checkVote(VoteRecord record, Council council, CharterDecision decision, Vote v) {
    VoteContext ctx = VoteContext.inRecord(record, v, council, registry, interpretation, decision);
    List<Finding> out = new ArrayList<>(rules.size());
    for (CommitmentRule r : rules) {
      out.add(r.check(ctx));
    }
    return out;
  }

  /**
   * The verdict of every commitment rule on every vote of a record, with no explanation built:
   * the fast path for screening many records. The same as {@code screen(record).verdicts()}.
   *
   * @param record the record
   * @return the verdicts, vote by vote (in the record's order) and rule by rule
   */
  public List<Verdict> verdicts(VoteRecord record) {
    return screen(record).verdicts();
  }

  /**
   * Screens a record: its Charter decision and the verdict of every commitment rule on every
   * vote, without building findings or explanations. The rules of this package decide the
   * steps that depend only on the record once per record rather than once per vote; other
   * rules are asked vote by vote through {@link CommitmentRule#verdict}. The verdicts are those
   * {@link #review} gives.
   *
   * @param record the record
   * @return the screening
   */
  public Screening screen(VoteRecord record) {
    Objects.requireNonNull(record, "record");
    RecordFacts facts = new RecordFacts(record, day(record.date()), registry, interpretation);
    return new Screening(facts, rules, verdicts(facts, true));
  }

  /** The Council and its members' standings on a date, read once per date. */
  CouncilDay day(LocalDate date) {
    CouncilDay d = days.get(date);
    if (d == null) {
      d = new CouncilDay(history.councilOn(date), registry);
      if (days.size() < DAY_CACHE_LIMIT) {
        days.put(date, d);
      }
    }
    return d;
  }

  /**
   * Every verdict on a record, vote-major.
   *
   * @param others whether to ask the rules not of this package too (a review asks them for
   *     findings instead, so their verdicts are not found twice)
   */
  private byte[] verdicts(RecordFacts facts, boolean others) {
    int columns = rules.size();
    byte[] out = new byte[facts.size * columns];
    for (int r = 0; r < columns; r++) {
      BuiltInRule builtIn = screens[r];
      if (builtIn != null) {
        builtIn.screen(facts, out, r, columns);
      } else if (others) {
        CommitmentRule rule = rules.get(r);
        for (int i = 0; i < facts.size; i++) {
          out[i * columns + r] = (byte) rule.verdict(facts.context(i)).ordinal();
        }
      }
    }
    return out;
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
   * @param record the record
   * @return the review
   */
  public Review review(VoteRecord record) {
    Objects.requireNonNull(record, "record");
    RecordFacts facts = new RecordFacts(record, day(record.date()), registry, interpretation);
    byte[] verdicts = verdicts(facts, false);
    CharterDecision decision = facts.decision();
    int columns = rules.size();
    List<Finding> findings = new ArrayList<>(verdicts.length);
    for (int i = 0; i < facts.size; i++) {
      VoteContext ctx = facts.context(i);
      for (int r = 0; r < columns; r++) {
        BuiltInRule builtIn = screens[r];
        findings.add(builtIn != null ? builtIn.finding(ctx, Screening.verdictOf(verdicts[i * columns + r]))
            : rules.get(r).check(ctx));
      }
    }
    return Review.builder()
        .record(record)
        .decision(decision)
        .findings(findings)
        .discrepancies(discrepancies(record, decision))
        .gaDebate(GaDebateRule.debate(record, decision, calendar, interpretation, emergencySession.apply(record)))
        .build();
  }

  /**
   * Where a record's recorded outcome, vetoes and tally disagree with the rules. Records with
   * no per-member votes are compared on the reported tally only.
   *
   * @param record the record
   * @param decision its decision
   * @return the discrepancies, possibly none
   */
  public static List<Discrepancy> discrepancies(VoteRecord record, CharterDecision decision) {
    List<Discrepancy> out = new ArrayList<>();
    String label = record.proposal().label() + " (" + record.date() + ")";
    Optional<Tally> reported = record.reportedTally();
    boolean complete = !record.votes().isEmpty()
        && reported.map(t -> record.votes().size() >= t.total()).orElse(true);
    if (reported.isPresent() && !record.votes().isEmpty()) {
      Tally t = reported.get();
      Tally counted = record.tally();
      if (complete && (t.yes() != counted.yes() || t.no() != counted.no() || t.abstain() != counted.abstain())) {
        out.add(Discrepancy.of(Discrepancy.Kind.TALLY, t.toString(), counted.toString(),
            label + ": reported tally " + t + " differs from the votes counted, " + counted));
      }
    }
    if (!complete) {
      return out;
    }
    if (record.recordedOutcome().isPresent() && record.recordedOutcome().get() != decision.outcome()) {
      out.add(Discrepancy.of(Discrepancy.Kind.OUTCOME, record.recordedOutcome().get().name(),
          decision.outcome().name(), label + ": recorded outcome " + record.recordedOutcome().get()
              + " but Article 27 gives " + decision.outcome()));
    }
    if (!record.recordedVetoes().isEmpty()) {
      Set<MemberState> recorded = new HashSet<>(record.recordedVetoes());
      Set<MemberState> decided = new HashSet<>(decision.vetoCasts());
      if (!recorded.equals(decided)) {
        out.add(Discrepancy.of(Discrepancy.Kind.VETOES, record.recordedVetoes().toString(),
            decision.vetoCasts().toString(), label + ": recorded vetoes by " + record.recordedVetoes()
                + " but Article 27 gives " + decision.vetoCasts()));
      }
    }
    return out;
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

    private java.util.concurrent.@Nullable ConcurrentHashMap<LocalDate, CouncilDay> days;
    private @Nullable CouncilHistory daysHistory;
    private @Nullable CommitmentRegistry daysRegistry;

    private Builder() {}

    /**
     * Sets the Council history: who sat on the Council on each date.
     *
     * @param h the Council history
     * @return this builder
     */
    public Builder councilHistory(CouncilHistory h) {
      this.history = Objects.requireNonNull(h, "councilHistory");
      return this;
    }

    /**
     * Sets the commitment registry: who adhered to which instrument, and when.
     *
     * @param r the commitment registry
     * @return this builder
     */
    public Builder registry(CommitmentRegistry r) {
      this.registry = Objects.requireNonNull(r, "registry");
      return this;
    }

    /**
     * Sets the interpretation: the answer to each open question (default: the defaults).
     *
     * @param i the interpretation
     * @return this builder
     */
    public Builder interpretation(Interpretation i) {
      this.interpretation = Objects.requireNonNull(i, "interpretation");
      return this;
    }

    /**
     * Sets the working-day calendar of the GA res 76/262 deadlines (default: weekends only).
     *
     * @param c the working-day calendar for GA res 76/262
     * @return this builder
     */
    public Builder calendar(WorkingDayCalendar c) {
      this.calendar = Objects.requireNonNull(c, "calendar");
      return this;
    }

    /**
     * Sets which vetoes were followed by an emergency special session of the Assembly.
     *
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

    /** {@return the rules} */
    public R2pRules build() {
      return new R2pRules(this);
    }
  }
}
