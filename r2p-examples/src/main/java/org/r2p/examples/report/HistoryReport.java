package org.r2p.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Markdown ({@link #markdown()}) and written with CSV tables and an SVG chart
 * ({@link #writeTo(Path)}).
 *
 * <p>Immutable once built.
 */
public final class HistoryReport {
  /** Date from which restraint is supposed in the restraint scenario. */
  public static final LocalDate RESTRAINT_SINCE = LocalDate.of(2007, 1, 1);

  private final R2pDatasets data;
  private final R2pRules rules;
  private final List<Cast> casts;
  private final List<GaRow> gaRows;
  private final HistoryRun compliance;
  private final HistoryRun restraint;
  private final HistoryRun universal;

  /** One veto cast and the commitment findings about it. */
  public record Cast(VoteRecord record, MemberState state, PermanentSeat seat, List<Finding> findings) {
    /** @return the findings other than NOT_APPLICABLE */
    public List<Finding> engaged() {
      return findings.stream().filter(f -> f.verdict() != Verdict.NOT_APPLICABLE).collect(Collectors.toList());
    }
  }

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

  private final List<VoteRecord> vetoes;

  private HistoryReport(R2pDatasets data, R2pRules rules, List<VoteRecord> vetoes) {
    this.data = data;
    this.rules = rules;
    this.vetoes = List.copyOf(vetoes);
    WhatIf whatIf = WhatIf.of(rules);
    WorkingDayCalendar calendar = WorkingDayCalendar.unHeadquarters(data.unHeadquartersHolidays());
    List<Cast> c = new ArrayList<>();
    List<GaRow> g = new ArrayList<>();
    for (VoteRecord r : vetoes) {
      CharterDecision d = whatIf.decision(r);
      for (MemberState m : r.recordedVetoCasts()) {
        PermanentSeat seat = PermanentSeat.heldBy(m, r.date()).orElseThrow();
        c.add(new Cast(r, m, seat, rules.check(r, Vote.of(m, VotePosition.NO), d)));
      }
      GaDebateRule.debate(r, d, calendar, rules.interpretation())
          .ifPresent(debate -> g.add(new GaRow(r, debate, data.gaVetoDebate(r))));
    }
    this.casts = List.copyOf(c);
    this.gaRows = List.copyOf(g);
    this.compliance = whatIf.runAll(vetoes, Scenario.fullCompliance());
    this.restraint = whatIf.runAll(vetoes, Scenario.permanentRestraintOnAtrocityDrafts(RESTRAINT_SINCE));
    this.universal = whatIf.runAll(vetoes, Scenario.universalCode());
  }

  /**
   * Builds the report.
   *
   * @param data the datasets
   * @param rules the rules (their history and registry should be the datasets')
   * @return the report
   */
  public static HistoryReport of(R2pDatasets data, R2pRules rules) {
    return new HistoryReport(data, rules, data.vetoes());
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
    return new HistoryReport(data, rules, vetoes);
  }

  /** @return every veto cast with its findings, in the order of the veto list */
  public List<Cast> casts() {
    return casts;
  }

  /** @return the vetoes under GA res 76/262 */
  public List<GaRow> gaRows() {
    return gaRows;
  }

  /** @return the full-compliance run */
  public HistoryRun compliance() {
    return compliance;
  }

  /** @return the permanent-restraint run */
  public HistoryRun restraint() {
    return restraint;
  }

  /**
   * The universal-Code run: every member bound by the ACT Code from its launch, each supposed
   * to judge credible a draft that won the votes required where Q2 is SELF_ASSESSMENT (see
   * {@link Scenario#universalCode()}).
   *
   * @return the run
   */
  public HistoryRun universal() {
    return universal;
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

  static String seatName(PermanentSeat s) {
    switch (s) {
      case CHINA:
        return "China";
      case FRANCE:
        return "France";
      case RUSSIA:
        return "Russia/USSR";
      case UNITED_KINGDOM:
        return "United Kingdom";
      default:
        return "United States";
    }
  }

  /**
   * The report as Markdown.
   *
   * @return the text
   */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    List<VoteRecord> v = vetoes;
    md.append("# r2p: the veto in the Security Council, 1946–").append(v.get(v.size() - 1).date().getYear()).append("\n\n");
    md.append("Bundled data: ").append(v.size()).append(" vetoed proposals from ").append(v.get(0).date())
        .append(" to ").append(v.get(v.size() - 1).date()).append(", ").append(casts.size())
        .append(" veto casts; per-member votes for ")
        .append(v.stream().filter(r -> !r.votes().isEmpty()).count()).append(" of them. ")
        .append(rules.interpretation().describe().substring(0, 1).toUpperCase(java.util.Locale.ROOT))
        .append(rules.interpretation().describe().substring(1)).append(".\n\n");

    md.append("## Veto casts by permanent seat and decade\n\n");
    Map<PermanentSeat, SortedMap<Integer, Integer>> bySeat = castsBySeatAndDecade();
    java.util.SortedSet<Integer> decades = new java.util.TreeSet<>();
    bySeat.values().forEach(x -> decades.addAll(x.keySet()));
    md.append("| Seat |");
    decades.forEach(d -> md.append(' ').append(d).append("s |"));
    md.append(" Total |\n|---|");
    decades.forEach(d -> md.append("---:|"));
    md.append("---:|\n");
    for (PermanentSeat s : PermanentSeat.values()) {
      md.append("| ").append(seatName(s)).append(" |");
      int total = 0;
      for (int d : decades) {
        int n = bySeat.get(s).getOrDefault(d, 0);
        total += n;
        md.append(' ').append(n).append(" |");
      }
      md.append(' ').append(total).append(" |\n");
    }
    md.append("\nBy state: ");
    md.append(castsByState().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    md.append(". The data has no veto by the Republic of China (see the data notes).\n\n");

    bySituation(md);

    md.append("## Vetoed drafts with an atrocity assessment\n\n");
    md.append("Whether the draft aimed to end or prevent atrocity crimes, as asserted by the named source")
        .append(" (YES, CONTESTED, NO, UNKNOWN: UNKNOWN is never read as NO), and when the crimes were")
        .append(" characterised relative to the vote. These are sourced assertions, not findings of r2p.\n\n");
    md.append("| Date | Draft | Subject | Aim | Crimes | Characterised | Asserted by |\n|---|---|---|---|---|---|---|\n");
    for (VoteRecord r : atrocityAssessed()) {
      var a = r.proposal().atrocityAim().orElseThrow();
      md.append("| ").append(r.date()).append(" | ").append(r.proposal().label()).append(" | ").append(r.proposal().subject())
          .append(" | ").append(a.assessment()).append(" | ")
          .append(a.crimes().stream().map(x -> x.label()).collect(Collectors.joining(", "))).append(" | ")
          .append(a.timing().map(Object::toString).orElse("")).append(" | ")
          .append(a.assertedBy().replace("|", "/")).append(" |\n");
    }
    md.append("\nEvery other vetoed draft is unassessed: the library never guesses an atrocity aim.\n\n");

    md.append("## Who was committed\n\n");
    md.append("- ACT Code: ").append(data.supporterCoverage(Instrument.ACT_CODE_OF_CONDUCT)).append(".\n");
    md.append("- France–Mexico declaration: ").append(data.supporterCoverage(Instrument.FRANCE_MEXICO_DECLARATION))
        .append(".\n");
    for (org.r2p.core.NonAdherence n : rules.registry().nonAdherences()) {
      md.append("- ").append(n.state().name()).append(" had not joined the ").append(n.instrument().shortName())
          .append(" as of ").append(n.asOf()).append(" (so on no earlier day either).\n");
    }
    md.append("- A state not named in a partial list is of unknown status, never taken as a non-signatory.\n\n");

    md.append("## Commitments engaged by each veto\n\n");
    md.append("Each veto cast checked against every commitment (").append(casts.size()).append(" casts):\n\n");
    md.append("| Instrument | BREACH | CONSISTENT | NO BREACH | INDETERMINATE | NOT APPLICABLE |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    verdictCounts().forEach((i, m) -> md.append("| ").append(i.shortName()).append(" | ")
        .append(m.getOrDefault(Verdict.BREACH, 0)).append(" | ").append(m.getOrDefault(Verdict.CONSISTENT, 0))
        .append(" | ").append(m.getOrDefault(Verdict.NO_BREACH, 0))
        .append(" | ").append(m.getOrDefault(Verdict.INDETERMINATE, 0)).append(" | ")
        .append(m.getOrDefault(Verdict.NOT_APPLICABLE, 0)).append(" |\n"));
    List<Cast> engaged = casts.stream().filter(c -> !c.engaged().isEmpty()).collect(Collectors.toList());
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
    notCommitted(md);

    md.append("## GA res 76/262: the Assembly's meeting after each veto\n\n");
    md.append("Deadline: 10 working days after the veto at UN Headquarters, skipping weekends and the bundled")
        .append(" official holidays (MEDIUM confidence for 2024, LOW elsewhere; the Eids are known for 2024 only and")
        .append(" are not invented for other years). No separate meeting is due when the Assembly meets in an")
        .append(" emergency special session on the same situation (OP1); that is data, unknown where the data")
        .append(" has no meeting.\n\n");
    md.append("| Veto | Draft | Vetoed by | Deadline | Holidays assumed | GA meeting | Format | Result |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (GaRow g : gaRows) {
      md.append("| ").append(g.record().date()).append(" | ").append(g.record().proposal().label()).append(" | ")
          .append(g.debate().vetoingMembers().stream().map(MemberState::name).collect(Collectors.joining(", ")))
          .append(" | ").append(g.debate().deadline()).append(" | ")
          .append(g.debate().holidaysAssumed().stream().map(h -> h.date() + " " + h.name() + " (" + h.confidence() + ")")
              .collect(Collectors.joining("; ")))
          .append(" | ").append(g.held().map(x -> x.meetingDateAsWritten()).orElse("not in the data"))
          .append(" | ").append(g.held().map(x -> x.format().name()).orElse(""))
          .append(" | ").append(g.verdict()).append(" |\n");
    }
    md.append('\n');

    md.append("## What if\n\n");
    whatIf(md, compliance);
    whatIf(md, restraint);
    whatIf(md, universal);

    md.append("## Caveats\n\n");
    long flagged = v.stream().filter(r -> !r.flags().isEmpty()).count();
    md.append("- ").append(flagged).append(" of ").append(v.size())
        .append(" records carry flags from the sources (doubts, unverified symbols, inferred votes); they are kept, not fixed.\n");
    md.append("- The ACT Code supporter list is incomplete: a state not listed is of unknown status, not a non-signatory.")
        .append(" A dated \"had not joined\" settles that date and every earlier one, not later ones.\n");
    InterpretationQuestion afterVote = InterpretationQuestion.AFTER_VOTE_CHARACTERISATION;
    md.append("- Atrocity aims are assertions of the named sources; a characterisation made only after the vote")
        .append(afterVote.isDefault(rules.interpretation()) ? " does not count by default (" : " counts here (")
        .append(afterVote.label()).append(").\n");
    md.append("- Records without per-member votes are compared on the vetoers' votes alone (INFERRED).\n");
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
    out.add("commitment: " + rules.registry().statusOn(c.state(), f.instrument(), c.record().date()).reason());
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
    md.append("| Situation | Proposals |");
    for (PermanentSeat s : PermanentSeat.values()) {
      md.append(' ').append(seatName(s)).append(" |");
    }
    md.append("\n|---|---:|");
    for (int i = 0; i < PermanentSeat.values().length; i++) {
      md.append("---:|");
    }
    md.append('\n');
    SortedMap<Situation, Map<PermanentSeat, Integer>> casts = castsBySituation();
    List<String> unclassified = new ArrayList<>();
    proposalsBySituation().forEach((situation, n) -> {
      if (!situation.isClassified()) {
        unclassified.add(situation.displayName() + " " + n);
        return;
      }
      md.append("| ").append(situation.displayName()).append(" | ").append(n).append(" |");
      for (PermanentSeat s : PermanentSeat.values()) {
        md.append(' ').append(casts.getOrDefault(situation, Map.of()).getOrDefault(s, 0)).append(" |");
      }
      md.append('\n');
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
   * Writes {@code report.md}, the CSV tables and {@code vetoes_per_year.svg} into a folder,
   * creating it if needed.
   *
   * @param dir the folder
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public List<Path> writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    out.add(write(dir.resolve("report.md"), markdown()));
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
    cast.append('\n');
    for (Cast c : casts) {
      cast.append(c.record().id().orElse("")).append(',').append(c.record().date()).append(',')
          .append(csv(c.record().proposal().label())).append(',').append(c.state().code()).append(',').append(c.seat());
      for (Finding f : c.findings()) {
        cast.append(',').append(f.verdict());
      }
      cast.append('\n');
    }
    out.add(write(dir.resolve("veto_casts_findings.csv"), cast.toString()));
    StringBuilder ga = new StringBuilder(
        "veto_id,veto_date,proposal,vetoed_by,deadline,holidays_assumed,ga_meeting_date,ga_format,carve_out,result\n");
    for (GaRow g : gaRows) {
      ga.append(g.record().id().orElse("")).append(',').append(g.record().date()).append(',')
          .append(csv(g.record().proposal().label())).append(',')
          .append(g.debate().vetoingMembers().stream().map(MemberState::code).collect(Collectors.joining(";"))).append(',')
          .append(g.debate().deadline()).append(',')
          .append(g.debate().holidaysAssumed().stream().map(h -> h.date().toString()).collect(Collectors.joining(";")))
          .append(',').append(g.held().map(GaVetoDebate::meetingDateAsWritten).orElse("")).append(',')
          .append(g.held().map(x -> x.format().name()).orElse("")).append(',')
          .append(g.debate().emergencySession()).append(',').append(csv(g.verdict())).append('\n');
    }
    out.add(write(dir.resolve("ga_76_262_deadlines.csv"), ga.toString()));
    StringBuilder w = new StringBuilder("scenario,veto_id,date,proposal,basis,baseline,scenario_outcome,changes,flipped_by\n");
    for (HistoryRun run : List.of(compliance, restraint, universal)) {
      for (RecordComparison c : run.comparisons()) {
        w.append(run.scenario()).append(',').append(c.record().id().orElse("")).append(',').append(c.record().date())
            .append(',').append(csv(c.record().proposal().label())).append(',').append(c.basis()).append(',')
            .append(c.baselineOutcome()).append(',').append(c.scenarioOutcome()).append(',')
            .append(csv(c.changes().toString())).append(',').append(csv(c.flippedBy().toString())).append('\n');
      }
    }
    out.add(write(dir.resolve("whatif.csv"), w.toString()));
    out.add(write(dir.resolve("vetoes_per_year.svg"), VetoChart.svg(castsByYear(), breachYears())));
    return out;
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
