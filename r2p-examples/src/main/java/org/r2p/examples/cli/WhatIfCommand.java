package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Situation;
import org.r2p.core.SymbolParseException;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.RecordComparison;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.Summary;
import org.r2p.rules.whatif.WhatIf;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code r2p whatif}: runs a scenario over records and prints what changed. */
@Command(
    name = "whatif",
    sortOptions = false,
    description = {"Run a scenario over the bundled history (--history) or over vote-record files, and print what"
        + " changed against what happened.",
        "",
        "Scenarios: baseline; full-compliance; universal-code; abstentions-as-no; p5-restraint (from --from);"
        + " votes (the --vote changes); adheres (--state adheres to --instrument from --from, and keeps it).",
        "",
        "--symbol, --situation, --state, --verdict, --from and --until select the records compared, in every scenario (for"
        + " adheres, --state and --from say who adheres and from when; for p5-restraint, --from is when restraint"
        + " begins). An option the scenario does not read is"
        + " refused, naming the options it does read."})
final class WhatIfCommand extends BaseCommand {
  @picocli.CommandLine.ParentCommand R2pCommand parent;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Inputs.Source source;

  @Option(names = "--scenario", required = true, paramLabel = "NAME", description = "The scenario (see above).")
  String scenario;

  @Option(names = "--since", paramLabel = "DATE", defaultValue = "2011-01-01",
      description = "For p5-restraint only: the first day of restraint, as --from (default: ${DEFAULT-VALUE}).")
  String since;

  @Option(names = "--vote", paramLabel = "CODE=POSITION", description = "For votes only: a member's vote in every record"
      + " compared, such as RUS=ABSTAIN. Repeatable.")
  Map<String, String> votes = new java.util.LinkedHashMap<>();

  @Option(names = "--symbol", paramLabel = "SYMBOL", description = "Only the records of the proposal with this symbol.")
  @Nullable String symbol;

  @Option(names = "--situation", paramLabel = "KEY", description = "Only the records of proposals on this situation:"
      + " a key such as ISRAEL_PALESTINE, SYRIA, UKRAINE, or an unclassified situation's text.")
  @Nullable String situation;

  @Option(names = "--until", paramLabel = "DATE", description = "Only the records dated on or before this day.")
  @Nullable String until;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, csv, json or ndjson (default: ${DEFAULT-VALUE}); csv, json and ndjson have one row per record"
          + " compared (every record, as with --all).")
  Format format;

  @Option(names = "--all", description = "Text only: list every record, not only those whose outcome changed.")
  boolean all;

  /** Whether the scenario asked for changes only votes found in breach of a commitment. */
  private boolean complying() {
    return scenario.equals("full-compliance") || scenario.equals("universal-code") || scenario.equals("adheres");
  }

  @Option(names = "--assume-credibility", paramLabel = "TEST", defaultValue = "MAJORITY_SUPPORT",
      description = "For universal-code and adheres only, where Q2 is SELF_ASSESSMENT: how a state the scenario makes adhere"
          + " is supposed to judge a draft's credibility, as no source records its own judgement: MAJORITY_SUPPORT"
          + " (default: a draft that won the votes required), USER_SUPPLIED, or SELF_ASSESSMENT (suppose nothing: such"
          + " verdicts stay INDETERMINATE and the votes as recorded). Each change resting on it says so.")
  org.r2p.rules.Interpretation.CredibilityTest assumeCredibility;

  @Option(names = "--explain", description = "Text only: under each record listed, why the scenario changed each vote: the finding the recorded vote breached, or the assessment that made the draft an atrocity draft, with its source.")
  boolean explain;

  @Option(names = "--state", paramLabel = "CODE", description = "Only the records in which this state cast a veto, as"
      + " recorded or in the scenario, such as RUS; for adheres, the state that adheres instead.")
  @Nullable String state;

  @Option(names = "--instrument", paramLabel = "NAME", defaultValue = "ACT_CODE_OF_CONDUCT",
      description = "For adheres only: the instrument adhered to (default: ${DEFAULT-VALUE}).")
  String instrument;

  @Option(names = "--verdict", paramLabel = "VERDICT", description = "Only the records where, under the scenario, a"
      + " vote the scenario changed or that cast a veto in the scenario's decision has a finding with this verdict:"
      + " BREACH, CONSISTENT, NO_BREACH, INDETERMINATE or NOT_APPLICABLE. Each such vote is checked against every"
      + " commitment, with the scenario's commitments (universal-code, adheres), against the scenario's decision.")
  org.r2p.rules.@Nullable Verdict verdict;

  @Option(names = "--from", paramLabel = "DATE", description = "Only the records dated on or after this day; for"
      + " adheres, the first day of adherence instead, and for p5-restraint the first day of restraint.")
  @Nullable String from;

  @Mixin InterpretationOptions interpretation;

  @Mixin OverlayOptions overlays;

  /** The options only some scenarios read, with those scenarios; every other option applies to every scenario. */
  static final Map<String, List<String>> SCENARIO_OPTIONS = Map.of(
      "--since", List.of("p5-restraint"),
      "--vote", List.of("votes"),
      "--assume-credibility", List.of("universal-code", "adheres"),
      "--instrument", List.of("adheres"));

  /** The options only the text format reads. */
  static final List<String> TEXT_OPTIONS = List.of("--all", "--explain");

  /** Refuses an option the scenario or the format does not read, naming the options that apply. */
  private void refuseOptionsNotRead() {
    picocli.CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    for (Map.Entry<String, List<String>> e : SCENARIO_OPTIONS.entrySet()) {
      if (parsed.hasMatchedOption(e.getKey()) && !e.getValue().contains(scenario)) {
        throw new UserError(e.getKey() + " does not apply to --scenario " + scenario + ": it is read by "
            + String.join(" and ", e.getValue()) + " only. The options " + scenario + " reads: "
            + String.join(" ", optionsRead()));
      }
    }
    if (format != Format.text) {
      for (String o : TEXT_OPTIONS) {
        if (parsed.hasMatchedOption(o)) {
          throw new UserError(o + " does not apply to --format " + format + ": it is read by the text format only (every"
              + " record compared is a row of the " + format + " output)");
        }
      }
    }
  }

  /** @return the options the scenario asked for reads */
  private List<String> optionsRead() {
    List<String> read = new ArrayList<>();
    for (picocli.CommandLine.Model.OptionSpec o : spec.options()) {
      List<String> only = SCENARIO_OPTIONS.get(o.longestName());
      if (!o.usageHelp() && !o.versionHelp() && (only == null || only.contains(scenario))) {
        read.add(o.longestName());
      }
    }
    return read;
  }

  @Override
  public Integer call() {
    if (!SCENARIOS.contains(scenario)) {
      throw new UserError("--scenario must be one of " + String.join(", ", SCENARIOS) + ": '" + scenario + "'");
    }
    refuseOptionsNotRead();
    PrintWriter out = spec.commandLine().getOut();
    Scenario s = scenario();
    Predicate<VoteRecord> selected = selection();
    List<VoteRecord> records = new ArrayList<>();
    int code = ExitCodes.OK;
    if (source.history) {
      records.addAll(R2pDatasets.bundled().vetoes());
    } else {
      code = Inputs.readRecords(source.files, parent.stdin(), Progress.off(), records::add,
          spec.commandLine().getErr());
    }
    Situation about = situation();
    if (about != null && records.stream().noneMatch(r -> r.proposal().concerns(about))) {
      throw new UserError("--situation: no record concerns '" + situation + "'; the keys are "
          + Situation.classifiedSituations().stream().map(Situation::key).collect(Collectors.joining(", ")));
    }
    records.removeIf(selected.negate());
    WhatIf whatIf = WhatIf.of(Inputs.rules(interpretation.interpretation(), overlays));
    HistoryRun run = whatIf.runAll(overlays.records(records), s);
    if (verdict != null) {
      run = HistoryRun.builder().from(run).comparisons(run.comparisons().stream()
          .filter(c -> whatIf.scenarioFindings(c.record(), s).stream().anyMatch(f -> f.verdict() == verdict))
          .collect(Collectors.toList())).build();
    }
    if (state != null && !adhering()) {
      MemberState vetoer = state(state);
      run = HistoryRun.builder().from(run).comparisons(run.comparisons().stream()
          .filter(c -> c.baseline().vetoCasts().contains(vetoer) || c.scenario().vetoCasts().contains(vetoer))
          .collect(Collectors.toList())).build();
    }
    if (format != Format.text) {
      rows(out, run);
      return code;
    }
    out.println("Scenario " + run.scenario() + ": " + run.description());
    String selection = selectionText();
    out.println("Under the " + run.interpretation() + "; " + run.comparisons().size() + " records"
        + (selection.isEmpty() ? "" : " (" + selection + ")") + ", "
        + run.changed().size() + " with another outcome; veto casts " + run.total().vetoCastsBaseline() + " -> "
        + run.total().vetoCastsScenario() + ".");
    out.println();
    for (RecordComparison c : all ? run.comparisons() : run.changed()) {
      out.println(SafeText.of(c.record().date() + "  " + c.record().proposal().label()
          + c.record().id().map(i -> " [" + i + "]").orElse("")
          + ": " + c.baselineOutcome() + " -> " + c.scenarioOutcome() + " (" + c.basis() + ")"
          + (c.changes().isEmpty() ? "" : "; changed " + c.changes())
          + (c.flippedBy().isEmpty() ? "" : "; flipped by " + c.flippedBy())));
      if (explain) {
        for (var ch : c.changes()) {
          out.println(SafeText.of("    " + ch + ": " + ch.reason().orElse("set by the scenario")));
        }
      }
    }
    if (run.changed().isEmpty() && complying()
        && interpretation.interpretation().credibility()
            == org.r2p.rules.Interpretation.CredibilityTest.SELF_ASSESSMENT
        && (scenario.equals("full-compliance")
            || assumeCredibility == org.r2p.rules.Interpretation.CredibilityTest.SELF_ASSESSMENT)) {
      out.println("No outcome changed. Under Q2 SELF_ASSESSMENT a vote against a draft breaches a pledge only where the"
          + " voting state's own assessment of the draft's credibility is known (it sponsored the draft, or an"
          + " assessment it made is supplied); the data has none for these votes, so their verdicts stay INDETERMINATE"
          + " and the scenario leaves them as recorded. Another reading: --credibility MAJORITY_SUPPORT or USER_SUPPLIED"
          + (scenario.equals("full-compliance") ? "." : ", or --assume-credibility MAJORITY_SUPPORT."));
    }
    if (!run.changed().isEmpty()) {
      out.println();
      table(out, "By year (records, changed, veto casts before -> after):", run.byYear());
      table(out, "By member (veto casts before -> after):", run.byState());
      table(out, "By situation (records, changed, veto casts before -> after):", run.bySituationKey());
      long unclassified = run.changed().stream().filter(c -> c.record().proposal().situation().isEmpty()).count();
      if (unclassified > 0) {
        out.println("  (" + unclassified + " changed records name no situation)");
      }
    }
    out.flush();
    return code;
  }

  /** The columns of the csv, json and ndjson output: one row per record compared. */
  static final List<String> COLUMNS = List.of("scenario", "record_id", "proposal", "date", "year", "situation",
      "situation_name", "outcome_before", "outcome_after", "changed", "basis", "veto_casts_before", "veto_casts_after",
      "votes_changed", "flipped_by");

  private void rows(PrintWriter out, HistoryRun run) {
    try (Table t = new Table(out, format, "r2p.whatif-rows.v1", COLUMNS)) {
      for (RecordComparison c : run.comparisons()) {
        VoteRecord r = c.record();
        t.row(run.scenario(), r.id().orElse(null), r.proposal().label(), r.date(), r.date().getYear(),
            r.proposal().situation().map(Situation::key).orElse(null),
            r.proposal().situation().map(Situation::displayName).orElse(null),
            c.baselineOutcome(), c.scenarioOutcome(), c.outcomeChanged(), c.basis(),
            codes(c.baseline().vetoCasts()), codes(c.scenario().vetoCasts()),
            c.changes().stream().map(Object::toString).collect(Collectors.joining(" ")),
            c.flippedBy().stream().map(Object::toString).collect(Collectors.joining(" ")));
      }
    }
  }

  private static String codes(List<MemberState> states) {
    return states.stream().map(MemberState::code).collect(Collectors.joining(" "));
  }

  static final List<String> SCENARIOS = List.of("baseline", "full-compliance", "universal-code", "p5-restraint",
      "abstentions-as-no", "votes", "adheres");

  /** The records compared: --symbol, --situation, --from, --until. */
  private Predicate<VoteRecord> selection() {
    DocumentSymbol only;
    try {
      only = symbol == null ? null : DocumentSymbol.parse(symbol);
    } catch (SymbolParseException e) {
      throw new UserError("--symbol: " + e.getMessage());
    }
    Situation about = situation();
    LocalDate first = Dates.parse("--from", from);
    LocalDate last = Dates.parse("--until", until);
    if (first != null && last != null && last.isBefore(first) && !fromIsTheScenarios()) {
      throw new UserError("--until must not be before --from: " + last + " < " + first);
    }
    return r -> (only == null || r.proposal().symbol().map(only::equals).orElse(false))
        && (about == null || r.proposal().concerns(about))
        && (first == null || fromIsTheScenarios() || !r.date().isBefore(first)) && (last == null || !r.date().isAfter(last));
  }

  /** For adheres, --state and --from are the scenario's (who adheres, from when), not a selection of records. */
  private boolean adhering() {
    return scenario.equals("adheres");
  }

  /** For adheres and p5-restraint, --from is the first day of the commitment, not a selection of records. */
  private boolean fromIsTheScenarios() {
    return scenario.equals("adheres") || scenario.equals("p5-restraint");
  }

  private String selectionText() {
    List<String> parts = new ArrayList<>();
    if (symbol != null) {
      parts.add("on " + symbol);
    }
    if (situation != null) {
      parts.add("on " + situation().displayName());
    }
    if (state != null && !adhering()) {
      parts.add("with a veto cast by " + state(state).code());
    }
    if (from != null && !fromIsTheScenarios()) {
      parts.add("from " + from);
    }
    if (verdict != null) {
      parts.add("with a " + verdict + " finding under the scenario");
    }
    if (until != null) {
      parts.add("until " + until);
    }
    return String.join(", ", parts);
  }

  private static MemberState state(String code) {
    return MemberStates.byCode(code.toUpperCase(java.util.Locale.ROOT)).orElseThrow(() ->
        new UserError("--state: unknown state code: must be an ISO 3166 alpha-3 code or a historical code: '" + code + "'"));
  }

  /** A summary table with its heading; nothing, not even the heading, when no row changed. */
  private static <K> void table(PrintWriter out, String heading, Map<K, Summary> t) {
    boolean headed = false;
    for (Map.Entry<K, Summary> e : t.entrySet()) {
      Summary v = e.getValue();
      if (v.outcomesChanged() > 0 || v.vetoCastsBaseline() != v.vetoCastsScenario()) {
        if (!headed) {
          out.println(heading);
          headed = true;
        }
        out.println(SafeText.of("  " + e.getKey() + ": " + v.records() + ", " + v.outcomesChanged() + ", "
            + v.vetoCastsBaseline() + " -> " + v.vetoCastsScenario()));
      }
    }
  }

  private Scenario scenario() {
    switch (scenario) {
      case "baseline":
        return Scenario.baseline();
      case "full-compliance":
        return Scenario.fullCompliance();
      case "universal-code":
        return Scenario.universalCode(assumeCredibility);
      case "abstentions-as-no":
        return Scenario.abstentionsAsNo();
      case "p5-restraint":
        if (from != null && spec.commandLine().getParseResult().hasMatchedOption("--since")) {
          throw new UserError("--from and --since both give p5-restraint's first day of restraint: give one of them");
        }
        return Scenario.permanentRestraintOnAtrocityDrafts(from != null ? Dates.parse("--from", from)
            : Dates.parse("--since", since));
      case "votes":
        return votes();
      case "adheres":
        return adheres();
      default:
        throw new UserError("--scenario must be one of baseline, full-compliance, universal-code, p5-restraint,"
            + " abstentions-as-no, votes, adheres: '" + scenario + "'");
    }
  }

  private Scenario adheres() {
    if (state == null || from == null) {
      throw new UserError("scenario 'adheres' needs --state CODE and --from DATE");
    }
    MemberState m = state(state);
    org.r2p.core.Instrument i;
    try {
      i = org.r2p.core.Instrument.valueOf(instrument.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("--instrument must be one of " + java.util.Arrays.toString(org.r2p.core.Instrument.values())
          + ": '" + instrument + "'");
    }
    return Scenario.adheres(m, i, Dates.parse("--from", from), assumeCredibility);
  }

  /** The --situation filter: a classified situation's key, or an unclassified one's text. */
  private @Nullable Situation situation() {
    if (situation == null) {
      return null;
    }
    if (situation.isBlank()) {
      throw new UserError("--situation must not be blank");
    }
    return Situation.parse(situation);
  }

  private Scenario votes() {
    if (votes.isEmpty()) {
      throw new UserError("scenario 'votes' needs at least one --vote CODE=POSITION");
    }
    Scenario s = null;
    for (Map.Entry<String, String> e : votes.entrySet()) {
      MemberState m = MemberStates.byCode(e.getKey()).orElseThrow(() ->
          new UserError("--vote: unknown state code: must be an ISO 3166 alpha-3 code or a historical code: '" + e.getKey() + "'"));
      VotePosition p;
      try {
        p = VotePosition.valueOf(e.getValue().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException x) {
        throw new UserError("--vote: position must be one of " + java.util.Arrays.toString(VotePosition.values())
            + ": '" + e.getValue() + "'");
      }
      Scenario one = Scenario.vote(r -> true, m, p);
      s = s == null ? one : s.andThen(one);
    }
    return s;
  }
}
