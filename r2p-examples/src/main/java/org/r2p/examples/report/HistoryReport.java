package org.r2p.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Situation;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.GaVetoDebate;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.CharterDecision;
import org.r2p.rules.Finding;
import org.r2p.rules.GaDebate;
import org.r2p.rules.GaDebateRule;
import org.r2p.rules.Interpretation;
import org.r2p.rules.InterpretationQuestion;
import org.r2p.rules.R2pRules;
import org.r2p.rules.Verdict;
import org.r2p.rules.WorkingDayCalendar;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.RecordComparison;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.WhatIf;

/**
 * The analysis of the bundled history that {@code r2p} runs by default: vetoes per permanent
 * member and decade, vetoes on drafts with an atrocity assessment, the commitments each veto
 * engaged and the verdicts, the GA res 76/262 deadlines, and what-if summaries. Rendered as
 * Markdown ({@link #markdown()}) and as a web page ({@link HtmlReport}, the same figures), and
 * written with CSV tables and an SVG chart ({@link #writeTo(Path)}).
 *
 * <p>Immutable; {@link #of} works out every part from the datasets and the rules.
 *
 * @param data the datasets the report was built from
 * @param rules the rules the report applied (with any overlays laid over the bundled facts)
 * @param vetoes the vetoed proposals' records, in date order
 * @param casts every veto cast with its findings, in the order of the veto list
 * @param gaRows the vetoes under GA res 76/262
 * @param restingOnContinuity the verdicts that rest on Q17, in the order of the casts: under
 *     PRESUMED_CONTINUING (the default) those a dated "had not joined" carried forward past its
 *     date decides; under AS_OF_EVIDENCE those left INDETERMINATE because nothing is known after
 *     that date. Each names the latest evidence.
 * @param monitor the monitor of the Council's votes on atrocity drafts
 * @param compliance the full-compliance run
 * @param restraint the permanent-restraint run
 * @param universal the universal-Code run: every member bound by the ACT Code from its launch,
 *     each supposed to judge credible a draft that won the votes required where Q2 is
 *     SELF_ASSESSMENT (see {@link Scenario#universalCode()})
 */
public record HistoryReport(R2pDatasets data, R2pRules rules, List<VoteRecord> vetoes, List<Cast> casts,
    List<GaRow> gaRows, List<Presumed> restingOnContinuity, Monitor monitor, HistoryRun compliance,
    HistoryRun restraint, HistoryRun universal) {
  /** Date from which restraint is supposed in the restraint scenario. */
  public static final LocalDate RESTRAINT_SINCE = LocalDate.of(2007, 1, 1);

  /** One veto cast and the commitment findings about it. */
  public record Cast(VoteRecord record, MemberState state, PermanentSeat seat, List<Finding> findings) {
    /** @return the findings other than NOT_APPLICABLE */
    public List<Finding> engaged() {
      return findings.stream().filter(f -> f.verdict() != Verdict.NOT_APPLICABLE).collect(Collectors.toList());
    }
  }

  /**
   * A verdict that rests on Q17, the continuity of a dated status: it would be another under the
   * other reading (a NOT_APPLICABLE under PRESUMED_CONTINUING that AS_OF_EVIDENCE leaves
   * INDETERMINATE, or the reverse).
   *
   * @param cast the veto cast
   * @param finding the finding under the report's interpretation
   * @param otherwise the verdict under the other reading of Q17
   * @param evidence the latest dated evidence that the state had not joined, before the vote
   */
  public record Presumed(Cast cast, Finding finding, Verdict otherwise, org.r2p.core.NonAdherence evidence) {}

  /** A veto under GA res 76/262 and the Assembly's meeting after it, if the data has it. */
  public record GaRow(VoteRecord record, GaDebate debate, Optional<GaVetoDebate> held) {
    /**
     * @return whether the Assembly met by the deadline: empty where the meeting's date is not
     *     known; an emergency special session on the same situation counts as the meeting
     */
    public Optional<Boolean> withinDeadline() {
      return held.flatMap(GaVetoDebate::meetingDate).map(d -> !d.isAfter(debate.deadline()));
    }

    /** @return "on time", "late", "emergency special session instead", or why it cannot tell */
    public String verdict() {
      if (debate.meetingRequired() == org.r2p.rules.Ternary.FALSE) {
        return "emergency special session instead (OP1 carve-out)";
      }
      return withinDeadline().map(b -> b ? "on time" : "late")
          .orElse(held.isPresent() ? "meeting date not captured" : "no meeting in the data");
    }
  }

  /**
   * Keeps the parts, the lists as unmodifiable copies.
   *
   * @param data the datasets
   * @param rules the rules
   * @param vetoes the vetoed proposals' records
   * @param casts the veto casts with their findings
   * @param gaRows the vetoes under GA res 76/262
   * @param restingOnContinuity the verdicts that rest on Q17
   * @param monitor the monitor
   * @param compliance the full-compliance run
   * @param restraint the permanent-restraint run
   * @param universal the universal-Code run
   */
  public HistoryReport {
    vetoes = List.copyOf(vetoes);
    casts = List.copyOf(casts);
    gaRows = List.copyOf(gaRows);
    restingOnContinuity = List.copyOf(restingOnContinuity);
  }

  /**
   * Builds the report.
   *
   * @param data the datasets
   * @param rules the rules (their history and registry should be the datasets')
   * @return the report
   */
  public static HistoryReport of(R2pDatasets data, R2pRules rules) {
    return of(data, rules, data.vetoes());
  }

  /**
   * Builds the report over records of one's own (the bundled vetoes with a researcher's
   * assessments laid over them, for instance).
   *
   * @param data the datasets (holidays, GA meetings, counts)
   * @param rules the rules
   * @param vetoes the vetoed proposals' records
   * @return the report
   */
  public static HistoryReport of(R2pDatasets data, R2pRules rules, List<VoteRecord> vetoes) {
    WhatIf whatIf = WhatIf.of(rules);
    WorkingDayCalendar calendar = WorkingDayCalendar.unHeadquarters(data.unHeadquartersHolidays());
    List<Cast> casts = new ArrayList<>();
    List<GaRow> gaRows = new ArrayList<>();
    for (VoteRecord r : vetoes) {
      CharterDecision d = whatIf.decision(r);
      for (MemberState m : r.recordedVetoCasts()) {
        PermanentSeat seat = PermanentSeat.heldBy(m, r.date()).orElseThrow();
        casts.add(new Cast(r, m, seat, rules.check(r, Vote.of(m, VotePosition.NO), d)));
      }
      GaDebateRule.debate(r, d, calendar, rules.interpretation())
          .ifPresent(debate -> gaRows.add(new GaRow(r, debate, data.gaVetoDebate(r))));
    }
    return new HistoryReport(data, rules, vetoes, casts, gaRows, presumed(rules, whatIf, casts),
        Monitor.of(data, rules, vetoes), whatIf.runAll(vetoes, Scenario.fullCompliance()),
        whatIf.runAll(vetoes, Scenario.permanentRestraintOnAtrocityDrafts(RESTRAINT_SINCE)),
        whatIf.runAll(vetoes, Scenario.universalCode()));
  }

  /**
   * The headline figures and the dates of the data they cover.
   *
   * @param proposals vetoed proposals
   * @param first the first veto's date
   * @param last the last veto's date
   * @param casts veto casts
   * @param withMemberVotes vetoed proposals with per-member votes
   */
  public record Headline(int proposals, LocalDate first, LocalDate last, int casts, long withMemberVotes) {}

  /** @return the headline figures */
  public Headline headline() {
    return new Headline(vetoes.size(), vetoes.get(0).date(), vetoes.get(vetoes.size() - 1).date(), casts.size(),
        vetoes.stream().filter(r -> !r.votes().isEmpty()).count());
  }

  /** @return the casts with a finding other than NOT_APPLICABLE, in the order of the casts */
  public List<Cast> engagedCasts() {
    return casts.stream().filter(c -> !c.engaged().isEmpty()).collect(Collectors.toList());
  }

  /** How the GA res 76/262 deadline is counted, and when no meeting is due. */
  public static final String GA_DEADLINE_NOTE = "Deadline: 10 working days after the veto at UN Headquarters,"
      + " skipping weekends and the bundled official holidays (MEDIUM confidence for 2024, LOW elsewhere; the Eids are"
      + " known for 2024 only and are not invented for other years). No separate meeting is due when the Assembly"
      + " meets in an emergency special session on the same situation (OP1); that is data, unknown where the data"
      + " has no meeting.";

  /** @return the caveats of the report, one sentence or two each */
  public List<String> caveats() {
    long flagged = vetoes.stream().filter(r -> !r.flags().isEmpty()).count();
    return List.of(flagged + " of " + vetoes.size()
        + " records carry flags from the sources (doubts, unverified symbols, inferred votes); they are kept, not fixed.",
        "The ACT Code supporter list is incomplete: a state not listed is of unknown status, not a non-signatory."
            + " A dated \"had not joined\" settles that date and every earlier one, not later ones.",
        "Atrocity aims are assertions of the named sources; a characterisation made only after the vote"
            + (InterpretationQuestion.AFTER_VOTE_CHARACTERISATION.isDefault(rules.interpretation())
                ? " does not count by default (" : " counts here (")
            + InterpretationQuestion.AFTER_VOTE_CHARACTERISATION.label() + ").",
        "Records without per-member votes are compared on the vetoers' votes alone (INFERRED).");
  }

  /** The verdicts that differ between the two readings of Q17, with the evidence they turn on. */
  private static List<Presumed> presumed(R2pRules rules, WhatIf whatIf, List<Cast> casts) {
    Interpretation.Continuity mine = rules.interpretation().continuity();
    R2pRules other = rules.withInterpretation(rules.interpretation().withContinuity(
        mine == Interpretation.Continuity.PRESUMED_CONTINUING ? Interpretation.Continuity.AS_OF_EVIDENCE
            : Interpretation.Continuity.PRESUMED_CONTINUING));
    List<Presumed> out = new ArrayList<>();
    for (Cast c : casts) {
      List<Finding> alt = other.check(c.record(), Vote.of(c.state(), VotePosition.NO), whatIf.decision(c.record()));
      for (int i = 0; i < c.findings().size(); i++) {
        Finding f = c.findings().get(i);
        Finding g = alt.get(i);
        if (f.verdict() != g.verdict()) {
          rules.registry().presumedNonAdherence(c.state(), f.instrument(), c.record().date())
              .ifPresent(n -> out.add(new Presumed(c, f, g.verdict(), n)));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Veto casts by seat and decade (the USSR's count for the Russia seat, the ROC's for China).
   *
   * @return seat to decade (1940, 1950, …) to casts
   */
  public Map<PermanentSeat, SortedMap<Integer, Integer>> castsBySeatAndDecade() {
    Map<PermanentSeat, SortedMap<Integer, Integer>> m = new EnumMap<>(PermanentSeat.class);
    for (PermanentSeat s : PermanentSeat.values()) {
      m.put(s, new TreeMap<>());
    }
    for (Cast c : casts) {
      m.get(c.seat()).merge(c.record().date().getYear() / 10 * 10, 1, Integer::sum);
    }
    return m;
  }

  /** @return veto casts by state (USSR and Russian Federation apart), by code */
  public SortedMap<String, Integer> castsByState() {
    SortedMap<String, Integer> m = new TreeMap<>();
    for (Cast c : casts) {
      m.merge(c.state().code() + " " + c.state().name(), 1, Integer::sum);
    }
    return m;
  }

  /**
   * Veto casts by the situation of the vetoed proposal and by seat, over the records that
   * have a situation (all the bundled ones: their situation is derived from the veto list's
   * topic). Classified situations come first, then unclassified ones by their text.
   *
   * @return for each situation, the casts of each seat (seats without a cast are absent)
   */
  public SortedMap<Situation, Map<PermanentSeat, Integer>> castsBySituation() {
    SortedMap<Situation, Map<PermanentSeat, Integer>> m = new TreeMap<>();
    for (Cast c : casts) {
      c.record().proposal().situation().ifPresent(s ->
          m.computeIfAbsent(s, k -> new EnumMap<>(PermanentSeat.class)).merge(c.seat(), 1, Integer::sum));
    }
    return m;
  }

  /**
   * The number of vetoed proposals on each situation.
   *
   * @return proposals by situation, in the order of {@link #castsBySituation()}
   */
  public SortedMap<Situation, Integer> proposalsBySituation() {
    SortedMap<Situation, Integer> m = new TreeMap<>();
    for (VoteRecord r : vetoes) {
      r.proposal().situation().ifPresent(s -> m.merge(s, 1, Integer::sum));
    }
    return m;
  }

  /** @return veto casts by year and seat */
  public SortedMap<Integer, Map<PermanentSeat, Integer>> castsByYear() {
    SortedMap<Integer, Map<PermanentSeat, Integer>> m = new TreeMap<>();
    for (Cast c : casts) {
      m.computeIfAbsent(c.record().date().getYear(), k -> new EnumMap<>(PermanentSeat.class)).merge(c.seat(), 1, Integer::sum);
    }
    return m;
  }

  /** @return the vetoed proposals that carry an atrocity assessment */
  public List<VoteRecord> atrocityAssessed() {
    return vetoes.stream().filter(r -> r.proposal().atrocityAim().isPresent()).collect(Collectors.toList());
  }

  /** @return verdict counts over every cast and instrument */
  public Map<Instrument, Map<Verdict, Integer>> verdictCounts() {
    Map<Instrument, Map<Verdict, Integer>> m = new EnumMap<>(Instrument.class);
    for (Cast c : casts) {
      for (Finding f : c.findings()) {
        m.computeIfAbsent(f.instrument(), k -> new EnumMap<>(Verdict.class)).merge(f.verdict(), 1, Integer::sum);
      }
    }
    return m;
  }

  /** The permanent seats as the report names them: Russia's seat was the USSR's. */
  private static final Map<PermanentSeat, String> SEAT_NAMES = new EnumMap<>(Map.of(PermanentSeat.CHINA, "China",
      PermanentSeat.FRANCE, "France", PermanentSeat.RUSSIA, "Russia/USSR", PermanentSeat.UNITED_KINGDOM,
      "United Kingdom", PermanentSeat.UNITED_STATES, "United States"));

  static String seatName(PermanentSeat s) {
    return SEAT_NAMES.get(s);
  }

  /**
   * The report as Markdown.
   *
   * @return the text
   */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    Headline head = headline();
    md.append("# r2p: the veto in the Security Council, 1946–").append(head.last().getYear()).append("\n\n");
    md.append("Bundled data: ").append(head.proposals()).append(" vetoed proposals from ").append(head.first())
        .append(" to ").append(head.last()).append(", ").append(head.casts())
        .append(" veto casts; per-member votes for ")
        .append(head.withMemberVotes()).append(" of them. ")
        .append(rules.interpretation().describe().substring(0, 1).toUpperCase(java.util.Locale.ROOT))
        .append(rules.interpretation().describe().substring(1)).append(". ")
        .append(restingOnContinuity.size()).append(restingOnContinuity.size() == 1 ? " verdict " : " verdicts ")
        .append(rules.interpretation().continuity() == Interpretation.Continuity.PRESUMED_CONTINUING
            ? "rest on the presumption that a status known as of a date holds until a dated change is recorded"
                + " (Q17 PRESUMED_CONTINUING; listed under \"Commitments engaged by each veto\")"
            : "are INDETERMINATE because a status is unknown after its latest evidence (Q17 AS_OF_EVIDENCE)")
        .append(".\n\n");

    md.append("## Veto casts by permanent seat and decade\n\n");
    Map<PermanentSeat, SortedMap<Integer, Integer>> bySeat = castsBySeatAndDecade();
    java.util.SortedSet<Integer> decades = new java.util.TreeSet<>();
    bySeat.values().forEach(x -> decades.addAll(x.keySet()));
    List<String> heads = new ArrayList<>(List.of("Seat"));
    decades.forEach(d -> heads.add(d + "s"));
    heads.add("Total");
    MarkdownTable seats = new MarkdownTable(md, "l" + "r".repeat(decades.size() + 1), heads);
    for (PermanentSeat s : PermanentSeat.values()) {
      List<Object> cells = new ArrayList<>(List.of(seatName(s)));
      decades.forEach(d -> cells.add(bySeat.get(s).getOrDefault(d, 0)));
      cells.add(bySeat.get(s).values().stream().mapToInt(Integer::intValue).sum());
      seats.row(cells.toArray());
    }
    md.append("\nBy state: ");
    md.append(castsByState().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    md.append(". The data has no veto by the Republic of China (see the data notes).\n\n");

    bySituation(md);

    md.append("## Vetoed drafts with an atrocity assessment\n\n");
    md.append("Whether the draft aimed to end or prevent atrocity crimes, as asserted by the named source")
        .append(" (YES, CONTESTED, NO, UNKNOWN: UNKNOWN is never read as NO), and when the crimes were")
        .append(" characterised relative to the vote. These are sourced assertions, not findings of r2p.\n\n");
    MarkdownTable assessed = new MarkdownTable(md, "llllllll",
        List.of("Veto", "Date", "Draft", "Subject", "Aim", "Crimes (as named)", "Characterised", "Asserted by"));
    for (VoteRecord r : atrocityAssessed()) {
      var a = r.proposal().atrocityAim().orElseThrow();
      // the bundled row as written where the record carries it; else the assessment supplied
      var row = r.id().flatMap(data::sourcedAssessment).filter(x -> a.source().orElse("").equals(x.source()));
      assessed.row(r.id().orElse(""), r.date(), row.map(x -> x.draftSymbol()).orElse(r.proposal().label()),
          row.map(x -> x.subject()).orElse(r.proposal().subject()), a.assessment(), monitor.crimes(r),
          row.map(x -> x.characterisationTiming()).orElse(a.timing().map(Object::toString).orElse("")),
          a.assertedBy());
    }
    md.append("\nEvery other vetoed draft is unassessed: the library never guesses an atrocity aim.\n\n");

    md.append("## Who was committed\n\n");
    md.append("- ACT Code: ").append(data.supporterCoverage(Instrument.ACT_CODE_OF_CONDUCT)).append(".\n");
    md.append("- France–Mexico declaration: ").append(data.supporterCoverage(Instrument.FRANCE_MEXICO_DECLARATION))
        .append(".\n");
    for (Instrument i : List.of(Instrument.ACT_CODE_OF_CONDUCT, Instrument.FRANCE_MEXICO_DECLARATION)) {
      md.append("- ").append(i.shortName()).append(" supporter counts, latest first (the sources disagree): ")
          .append(data.supporterCounts(i).stream().filter(x -> x.count().isPresent())
              .map(x -> x.describe() + ", " + x.source()).collect(Collectors.joining("; ")))
          .append(".\n");
    }
    for (org.r2p.core.NonAdherence n : rules.registry().nonAdherences()) {
      md.append("- ").append(n.state().name()).append(" had not joined the ").append(n.instrument().shortName())
          .append(" as of ").append(n.asOf()).append(" (so on no earlier day either; after it, Q17: ")
          .append(rules.interpretation().continuity() == Interpretation.Continuity.PRESUMED_CONTINUING
              ? "presumed unchanged until a dated change is recorded" : "unknown")
          .append(").\n");
    }
    md.append("- A state not named in a partial list is of unknown status, never taken as a non-signatory.\n\n");

    md.append("## Commitments engaged by each veto\n\n");
    md.append("Each veto cast checked against every commitment (").append(casts.size()).append(" casts):\n\n");
    MarkdownTable counts = new MarkdownTable(md, "lrrrrr",
        List.of("Instrument", "BREACH", "CONSISTENT", "NO BREACH", "INDETERMINATE", "NOT APPLICABLE"));
    verdictCounts().forEach((i, m) -> counts.row(i.shortName(), m.getOrDefault(Verdict.BREACH, 0),
        m.getOrDefault(Verdict.CONSISTENT, 0), m.getOrDefault(Verdict.NO_BREACH, 0),
        m.getOrDefault(Verdict.INDETERMINATE, 0), m.getOrDefault(Verdict.NOT_APPLICABLE, 0)));
    List<Cast> engaged = engagedCasts();
    md.append("\n").append(engaged.size()).append(" casts engaged a commitment (verdict other than NOT APPLICABLE):\n\n");
    for (Cast c : engaged) {
      for (Finding f : c.engaged()) {
        md.append("- ").append(c.record().date()).append(' ').append(c.record().proposal().label()).append(", ")
            .append(c.state().name()).append(", ").append(f.instrument().shortName()).append(": **")
            .append(f.verdict()).append("** — ").append(f.explanation().reason()).append('\n');
        for (String src : sources(c, f)) {
          md.append("  - ").append(src).append('\n');
        }
      }
    }
    md.append('\n');
    reasons(md);
    notCommitted(md);
    continuity(md);

    md.append("## GA res 76/262: the Assembly's meeting after each veto\n\n");
    md.append(GA_DEADLINE_NOTE).append("\n\n");
    MarkdownTable ga = new MarkdownTable(md, "llllllll",
        List.of("Veto", "Draft", "Vetoed by", "Deadline", "Holidays assumed", "GA meeting", "Format", "Result"));
    for (GaRow g : gaRows) {
      ga.row(g.record().date(), g.record().proposal().label(),
          g.debate().vetoingMembers().stream().map(MemberState::name).collect(Collectors.joining(", ")),
          g.debate().deadline(),
          g.debate().holidaysAssumed().stream().map(h -> h.date() + " " + h.name() + " (" + h.confidence() + ")")
              .collect(Collectors.joining("; ")),
          g.held().map(x -> x.meetingDateAsWritten()).orElse("not in the data"),
          g.held().map(x -> x.format().name()).orElse(""), g.verdict());
    }
    md.append('\n');

    md.append(monitor.markdown());

    md.append("## What if\n\n");
    whatIf(md, compliance);
    whatIf(md, restraint);
    whatIf(md, universal);

    md.append("## Caveats\n\n");
    caveats().forEach(c -> md.append("- ").append(c).append('\n'));
    return md.toString();
  }

  /**
   * The veto casts whose ACT Code finding is NOT APPLICABLE because a dated "had not joined"
   * fact decides that the state was not committed, grouped by that fact, each with its source:
   * what those verdicts rest on.
   *
   * @return for each fact, the casts it decides, in the order of the casts
   */
  public Map<org.r2p.core.NonAdherence, List<Cast>> castsDecidedByNonAdherence() {
    Map<org.r2p.core.NonAdherence, List<Cast>> m = new java.util.LinkedHashMap<>();
    for (Cast c : casts) {
      boolean notApplicable = c.findings().stream().anyMatch(
          f -> f.instrument() == Instrument.ACT_CODE_OF_CONDUCT && f.verdict() == Verdict.NOT_APPLICABLE);
      if (notApplicable && Instrument.ACT_CODE_OF_CONDUCT.inEffectOn(c.record().date())) {
        rules.registry().statusOn(c.state(), Instrument.ACT_CODE_OF_CONDUCT, c.record().date()).nonAdherence()
            .ifPresent(n -> m.computeIfAbsent(n, k -> new ArrayList<>()).add(c));
      }
    }
    return m;
  }

  /** The first day of the period whose NOT_APPLICABLE findings are grouped by their reasons. */
  public static final LocalDate REASONS_SINCE = LocalDate.of(2015, 1, 1);

  /**
   * The veto casts an instrument did not reach for the same full set of reasons: every
   * condition its NOT_APPLICABLE finding found definitely FALSE, not the first alone.
   *
   * @param instrument the instrument
   * @param reasons the names of the conditions found FALSE, in the order the rule checks them
   *     (e.g. {@code [adherent-on-vote-date, atrocity-aim]})
   * @param casts the casts, in the order of the casts
   */
  public record ReasonGroup(Instrument instrument, List<String> reasons, List<Cast> casts) {
    /** @return the reasons as one label, joined by " + " */
    public String label() {
      return reasons.isEmpty() ? "(no condition definitely false)" : String.join(" + ", reasons);
    }

    /** @return each cast as its date and the vetoing state's code, such as "2016-10-08 RUS" */
    public List<String> vetoes() {
      return casts.stream().map(c -> c.record().date() + " " + c.state().code()).collect(Collectors.toList());
    }
  }

  /**
   * The veto casts on or after {@link #REASONS_SINCE} grouped, per instrument, by the full set
   * of reasons their NOT_APPLICABLE findings give ({@link org.r2p.rules.Explanation#deciding()}:
   * every condition definitely FALSE). Groups are in the order of the instruments, then of the
   * first cast of each group.
   *
   * @return the groups
   */
  public List<ReasonGroup> notApplicableByReasons() {
    Map<Instrument, Map<List<String>, List<Cast>>> m = new EnumMap<>(Instrument.class);
    for (Cast c : casts) {
      if (c.record().date().isBefore(REASONS_SINCE)) {
        continue;
      }
      for (Finding f : c.findings()) {
        if (f.verdict() == Verdict.NOT_APPLICABLE) {
          List<String> reasons = f.explanation().deciding().stream().map(x -> x.name()).collect(Collectors.toList());
          m.computeIfAbsent(f.instrument(), k -> new java.util.LinkedHashMap<>())
              .computeIfAbsent(reasons, k -> new ArrayList<>()).add(c);
        }
      }
    }
    List<ReasonGroup> out = new ArrayList<>();
    m.forEach((i, g) -> g.forEach((reasons, cs) -> out.add(new ReasonGroup(i, List.copyOf(reasons), List.copyOf(cs)))));
    return out;
  }

  private void reasons(StringBuilder md) {
    List<ReasonGroup> groups = notApplicableByReasons();
    md.append("### Why a commitment did not apply (vetoes since ").append(REASONS_SINCE.getYear()).append(")\n\n");
    md.append("Each NOT APPLICABLE finding on a veto cast since ").append(REASONS_SINCE)
        .append(", grouped by every condition it found definitely false, not the first alone:\n\n");
    MarkdownTable table = new MarkdownTable(md, "llrl", List.of("Instrument", "Reasons (conditions false)", "Casts", "Vetoes"));
    for (ReasonGroup g : groups) {
      table.row(g.instrument().shortName(), g.label(), g.casts().size(), String.join(", ", g.vetoes()));
    }
    md.append('\n');
  }

  private void notCommitted(StringBuilder md) {
    Map<org.r2p.core.NonAdherence, List<Cast>> byFact = castsDecidedByNonAdherence();
    if (byFact.isEmpty()) {
      return;
    }
    md.append("Veto casts since the ACT Code's launch that it does not reach because the state had not joined,")
        .append(" by the dated fact each verdict rests on:\n\n");
    byFact.forEach((n, cs) -> {
      md.append("- ").append(n.state().name()).append(", not joined as of ").append(n.asOf()).append(": ")
          .append(cs.size()).append(cs.size() == 1 ? " cast (" : " casts (")
          .append(cs.stream().map(c -> c.record().date() + " " + c.record().proposal().label())
              .collect(Collectors.joining(", ")))
          .append(")\n  - source: ").append(n.source()).append('\n');
    });
    md.append('\n');
  }

  private void continuity(StringBuilder md) {
    boolean presuming = rules.interpretation().continuity() == Interpretation.Continuity.PRESUMED_CONTINUING;
    md.append("### Verdicts that rest on Q17 (continuity of a dated status)\n\n");
    md.append(restingOnContinuity.size()).append(" of ").append(casts.stream().mapToInt(c -> c.findings().size()).sum())
        .append(" verdicts on veto casts ")
        .append(presuming
            ? "rest on the presumption that a status known as of a date holds until a dated change is recorded"
                + " (Q17 PRESUMED_CONTINUING, the default); read AS_OF_EVIDENCE (`--continuity AS_OF_EVIDENCE`)"
                + " they would be INDETERMINATE."
            : "are INDETERMINATE because the status after the latest evidence is unknown (Q17 AS_OF_EVIDENCE);"
                + " under the default, PRESUMED_CONTINUING, they would rest on the presumption.")
        .append(" By the latest evidence each turns on:\n\n");
    Map<org.r2p.core.NonAdherence, List<Presumed>> byEvidence = new java.util.LinkedHashMap<>();
    restingOnContinuity.forEach(p -> byEvidence.computeIfAbsent(p.evidence(), k -> new ArrayList<>()).add(p));
    byEvidence.forEach((n, ps) -> {
      md.append("- ").append(n.state().name()).append(", ").append(n.instrument().shortName())
          .append(": not joined as of ").append(n.asOf()).append(presuming ? "; presumed unchanged" : "; unknown after")
          .append(" — ").append(ps.size()).append(ps.size() == 1 ? " verdict (" : " verdicts (")
          .append(ps.stream().map(p -> p.cast().record().date() + " " + p.cast().record().proposal().label() + " "
              + p.finding().verdict() + ", otherwise " + p.otherwise()).collect(Collectors.joining("; ")))
          .append(")\n  - latest evidence: ").append(n.source()).append('\n');
    });
    md.append('\n');
  }

  /**
   * What a verdict rests on: the commitment status with its source, and the atrocity aim with
   * its asserter and source.
   *
   * @param c the cast
   * @param f one of its findings
   * @return one line per source
   */
  public List<String> sources(Cast c, Finding f) {
    List<String> out = new ArrayList<>();
    out.add("commitment: " + f.explanation().conditions().stream().filter(x -> x.name().equals("adherent-on-vote-date"))
        .map(x -> x.detail()).findFirst()
        .orElseGet(() -> rules.registry().statusOn(c.state(), f.instrument(), c.record().date()).reason()));
    c.record().proposal().atrocityAim().ifPresentOrElse(
        a -> out.add("atrocity aim " + a.assessment() + a.timing().map(t -> ", characterised " + t).orElse("")
            + ", asserted by " + a.assertedBy() + a.source().map(x -> " (" + x + ")").orElse("")),
        () -> out.add("atrocity aim: no assessment supplied"));
    return out;
  }

  private void bySituation(StringBuilder md) {
    md.append("## Vetoed proposals by situation\n\n");
    md.append("The situation is derived from the veto list's topic (`unsc_veto_situations.csv`, one rule per row);")
        .append(" topics it does not classify are listed after the table with their text.\n\n");
    List<String> heads = new ArrayList<>(List.of("Situation", "Proposals"));
    Arrays.stream(PermanentSeat.values()).map(HistoryReport::seatName).forEach(heads::add);
    MarkdownTable table = new MarkdownTable(md, "l" + "r".repeat(heads.size() - 1), heads);
    SortedMap<Situation, Map<PermanentSeat, Integer>> casts = castsBySituation();
    List<String> unclassified = new ArrayList<>();
    proposalsBySituation().forEach((situation, n) -> {
      if (!situation.isClassified()) {
        unclassified.add(situation.displayName() + " " + n);
        return;
      }
      List<Object> cells = new ArrayList<>(List.of(situation.displayName(), n));
      for (PermanentSeat s : PermanentSeat.values()) {
        cells.add(casts.getOrDefault(situation, Map.of()).getOrDefault(s, 0));
      }
      table.row(cells.toArray());
    });
    md.append("\nUnclassified topics (vetoed proposals): ").append(String.join(", ", unclassified)).append(".\n\n");
  }

  private static void whatIf(StringBuilder md, HistoryRun run) {
    md.append("### ").append(run.scenario()).append("\n\n").append(run.description()).append(' ')
        .append(run.changed().size()).append(" of ").append(run.comparisons().size())
        .append(" vetoed proposals would have had another outcome; veto casts ")
        .append(run.total().vetoCastsBaseline()).append(" → ").append(run.total().vetoCastsScenario()).append(".\n\n");
    for (RecordComparison c : run.changed()) {
      md.append("- ").append(c.record().date()).append(' ').append(c.record().proposal().label()).append(": ")
          .append(c.baselineOutcome()).append(" → ").append(c.scenarioOutcome()).append(" (").append(c.basis())
          .append("), flipped by ").append(c.flippedBy()).append('\n');
    }
    md.append('\n');
  }

  /**
   * Writes {@code report.md}, {@code report.html}, the CSV tables and {@code vetoes_per_year.svg}
   * into a folder, creating it if needed.
   *
   * @param dir the folder
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public List<Path> writeTo(Path dir) throws IOException {
    return writeTo(dir, java.util.EnumSet.allOf(ReportFormat.class));
  }

  /**
   * Writes the report in the formats asked for ({@code report.md}, {@code report.html}), the CSV
   * tables and {@code vetoes_per_year.svg} into a folder, creating it if needed.
   *
   * @param dir the folder
   * @param formats the formats of the report (the tables and the chart are always written)
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public List<Path> writeTo(Path dir, java.util.Set<ReportFormat> formats) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    if (formats.contains(ReportFormat.MD)) {
      out.add(write(dir.resolve("report.md"), markdown()));
    }
    if (formats.contains(ReportFormat.HTML)) {
      out.add(write(dir.resolve("report.html"), HtmlReport.of(this).html()));
    }
    StringBuilder seat = new StringBuilder("seat,decade,veto_casts\n");
    castsBySeatAndDecade().forEach((s, m) -> m.forEach((d, n) -> seat.append(s).append(',').append(d).append(',').append(n).append('\n')));
    out.add(write(dir.resolve("veto_casts_by_seat_decade.csv"), seat.toString()));
    StringBuilder situations = new StringBuilder("situation_key,situation,proposals");
    for (PermanentSeat s : PermanentSeat.values()) {
      situations.append(',').append(s.name().toLowerCase(java.util.Locale.ROOT)).append("_casts");
    }
    situations.append('\n');
    SortedMap<Situation, Map<PermanentSeat, Integer>> bySituation = castsBySituation();
    proposalsBySituation().forEach((situation, n) -> {
      situations.append(situation.key()).append(',').append(csv(situation.displayName())).append(',').append(n);
      for (PermanentSeat s : PermanentSeat.values()) {
        situations.append(',').append(bySituation.getOrDefault(situation, Map.of()).getOrDefault(s, 0));
      }
      situations.append('\n');
    });
    out.add(write(dir.resolve("vetoes_by_situation.csv"), situations.toString()));
    StringBuilder cast = new StringBuilder("veto_id,date,proposal,state,seat");
    for (Instrument i : List.of(Instrument.ACT_CODE_OF_CONDUCT, Instrument.FRENCH_PLEDGE,
        Instrument.FRANCE_MEXICO_DECLARATION, Instrument.UK_PLEDGE)) {
      cast.append(',').append(i.name().toLowerCase(java.util.Locale.ROOT));
    }
    cast.append(",situation\n");
    for (Cast c : casts) {
      cast.append(c.record().id().orElse("")).append(',').append(c.record().date()).append(',')
          .append(csv(c.record().proposal().label())).append(',').append(c.state().code()).append(',').append(c.seat());
      for (Finding f : c.findings()) {
        cast.append(',').append(f.verdict());
      }
      cast.append(',').append(situationCell(c.record())).append('\n');
    }
    out.add(write(dir.resolve("veto_casts_findings.csv"), cast.toString()));
    StringBuilder why = new StringBuilder("instrument,reasons,casts,vetoes\n");
    for (ReasonGroup g : notApplicableByReasons()) {
      why.append(g.instrument().name()).append(',').append(csv(g.label())).append(',').append(g.casts().size())
          .append(',').append(csv(String.join("; ", g.vetoes()))).append('\n');
    }
    out.add(write(dir.resolve("not_applicable_reasons.csv"), why.toString()));
    StringBuilder q17 = new StringBuilder(
        "veto_id,date,proposal,state,instrument,continuity,verdict,otherwise,evidence_as_of,evidence_source,situation\n");
    for (Presumed p : restingOnContinuity) {
      q17.append(p.cast().record().id().orElse("")).append(',').append(p.cast().record().date()).append(',')
          .append(csv(p.cast().record().proposal().label())).append(',').append(p.cast().state().code()).append(',')
          .append(p.finding().instrument().name()).append(',').append(rules.interpretation().continuity()).append(',')
          .append(p.finding().verdict()).append(',').append(p.otherwise()).append(',').append(p.evidence().asOf())
          .append(',').append(csv(p.evidence().source())).append(',').append(situationCell(p.cast().record())).append('\n');
    }
    out.add(write(dir.resolve("continuity_q17.csv"), q17.toString()));
    out.add(write(dir.resolve("monitor.csv"), monitor.csv()));
    StringBuilder ga = new StringBuilder(
        "veto_id,veto_date,proposal,vetoed_by,deadline,holidays_assumed,ga_meeting_date,ga_format,carve_out,result,situation\n");
    for (GaRow g : gaRows) {
      ga.append(g.record().id().orElse("")).append(',').append(g.record().date()).append(',')
          .append(csv(g.record().proposal().label())).append(',')
          .append(g.debate().vetoingMembers().stream().map(MemberState::code).collect(Collectors.joining(";"))).append(',')
          .append(g.debate().deadline()).append(',')
          .append(g.debate().holidaysAssumed().stream().map(h -> h.date().toString()).collect(Collectors.joining(";")))
          .append(',').append(g.held().map(GaVetoDebate::meetingDateAsWritten).orElse("")).append(',')
          .append(g.held().map(x -> x.format().name()).orElse("")).append(',')
          .append(g.debate().emergencySession()).append(',').append(csv(g.verdict())).append(',')
          .append(situationCell(g.record())).append('\n');
    }
    out.add(write(dir.resolve("ga_76_262_deadlines.csv"), ga.toString()));
    StringBuilder w = new StringBuilder("scenario,veto_id,date,proposal,basis,baseline,scenario_outcome,changes,flipped_by,situation\n");
    for (HistoryRun run : List.of(compliance, restraint, universal)) {
      for (RecordComparison c : run.comparisons()) {
        w.append(run.scenario()).append(',').append(c.record().id().orElse("")).append(',').append(c.record().date())
            .append(',').append(csv(c.record().proposal().label())).append(',').append(c.basis()).append(',')
            .append(c.baselineOutcome()).append(',').append(c.scenarioOutcome()).append(',')
            .append(csv(c.changes().toString())).append(',').append(csv(c.flippedBy().toString())).append(',')
            .append(situationCell(c.record())).append('\n');
      }
    }
    out.add(write(dir.resolve("whatif.csv"), w.toString()));
    out.add(write(dir.resolve("vetoes_per_year.svg"), Charts.castsPerYear(castsByYear(), breachYears()).standalone()));
    return out;
  }

  /** The situation column of a report CSV: the situation's key, or an unclassified situation's text; empty if none. */
  static String situationCell(org.r2p.core.VoteRecord r) {
    return r.proposal().situation().map(x -> csv(x.key())).orElse("");
  }

  /** @return the years with a BREACH finding on some veto cast */
  public java.util.SortedSet<Integer> breachYears() {
    java.util.SortedSet<Integer> y = new java.util.TreeSet<>();
    for (Cast c : casts) {
      if (c.findings().stream().anyMatch(f -> f.verdict() == Verdict.BREACH)) {
        y.add(c.record().date().getYear());
      }
    }
    return y;
  }

  static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static Path write(Path p, String text) throws IOException {
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
