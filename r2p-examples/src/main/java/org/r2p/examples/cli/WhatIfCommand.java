package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code r2p whatif}: runs a scenario over records and prints what changed. */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {"Run a scenario over the bundled history (--history) or over vote-record files,",
        "and print what changed against what happened.",
        "",
        "Scenarios: baseline, full-compliance, universal-code, p5-restraint (from --since),",
        "abstentions-as-no, votes (the --vote changes, on --symbol, --situation and from --from if given),",
        "adheres (--state adheres to --instrument from --from, and keeps it)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:some input records were invalid", "2:usage error or unreadable file"})
final class WhatIfCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.ParentCommand R2pCommand parent;

  static final class Source {
    @Option(names = "--history", required = true, description = "Use the bundled history of vetoes.")
    boolean history;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Vote-record files.")
    List<Path> files;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--scenario", required = true, paramLabel = "NAME", description = "The scenario (see above).")
  String scenario;

  @Option(names = "--since", paramLabel = "DATE", defaultValue = "2011-01-01",
      description = "First day of restraint for p5-restraint (default: ${DEFAULT-VALUE}).")
  String since;

  @Option(names = "--vote", paramLabel = "CODE=POSITION", description = "For 'votes': a member's vote, e.g. RUS=ABSTAIN. Repeatable.")
  Map<String, String> votes = new java.util.LinkedHashMap<>();

  @Option(names = "--symbol", paramLabel = "SYMBOL", description = "For 'votes': only the proposal with this symbol.")
  @Nullable String symbol;

  @Option(names = "--situation", paramLabel = "KEY", description = "For 'votes': only proposals on this situation:"
      + " a key such as ISRAEL_PALESTINE, SYRIA, UKRAINE, or an unclassified situation's text.")
  @Nullable String situation;

  @Option(names = "--all", description = "List every record, not only those whose outcome changed.")
  boolean all;

  /** Whether the scenario asked for changes only votes found in breach of a commitment. */
  private boolean complying() {
    return scenario.equals("full-compliance") || scenario.equals("universal-code") || scenario.equals("adheres");
  }

  @Option(names = "--assume-credibility", paramLabel = "TEST", defaultValue = "MAJORITY_SUPPORT",
      description = "For universal-code and adheres, where Q2 is SELF_ASSESSMENT: how a state the scenario makes adhere"
          + " is supposed to judge a draft's credibility, as no source records its own judgement: MAJORITY_SUPPORT"
          + " (default: a draft that won the votes required), USER_SUPPLIED, or SELF_ASSESSMENT (suppose nothing: such"
          + " verdicts stay INDETERMINATE and the votes as recorded). Each change resting on it says so.")
  org.r2p.rules.Interpretation.CredibilityTest assumeCredibility;

  @Option(names = "--explain", description = "Under each record listed, why the scenario changed each vote: the finding the recorded vote breached, or the assessment that made the draft an atrocity draft, with its source.")
  boolean explain;

  @Option(names = "--state", paramLabel = "CODE", description = "For 'adheres': the state, e.g. RUS.")
  @Nullable String state;

  @Option(names = "--instrument", paramLabel = "NAME", defaultValue = "ACT_CODE_OF_CONDUCT",
      description = "For 'adheres': the instrument (default: ${DEFAULT-VALUE}).")
  String instrument;

  @Option(names = "--from", paramLabel = "DATE", description = "For 'adheres': the first day of adherence;"
      + " for 'votes': the first day of the records changed.")
  @Nullable String from;

  @Mixin InterpretationOptions interpretation;

  @Mixin OverlayOptions overlays;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Scenario s = scenario();
    List<VoteRecord> records = new ArrayList<>();
    int code = ExitCodes.OK;
    if (source.history) {
      records.addAll(R2pDatasets.bundled().vetoes());
    } else {
      code = Inputs.readAll(source.files, parent.stdin(), records::add, spec.commandLine().getErr());
    }
    Situation about = situation();
    if (about != null && records.stream().noneMatch(r -> r.proposal().concerns(about))) {
      throw new UserError("--situation: no record concerns '" + situation + "'; the keys are "
          + Situation.classifiedSituations().stream().map(Situation::key).collect(Collectors.joining(", ")));
    }
    HistoryRun run = WhatIf.of(Inputs.rules(interpretation.interpretation(), overlays))
        .runAll(overlays.records(records), s);
    out.println("Scenario " + run.scenario() + ": " + run.description());
    out.println("Under the " + run.interpretation() + "; " + run.comparisons().size() + " records, "
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
      out.println("By year (records, changed, veto casts before -> after):");
      table(out, run.byYear());
      out.println("By member (veto casts before -> after):");
      table(out, run.byState());
      out.println("By situation (records, changed, veto casts before -> after):");
      table(out, run.bySituationKey());
    }
    out.flush();
    return code;
  }

  private static <K> void table(PrintWriter out, Map<K, Summary> t) {
    t.forEach((k, v) -> {
      if (v.outcomesChanged() > 0 || v.vetoCastsBaseline() != v.vetoCastsScenario()) {
        out.println(SafeText.of("  " + k + ": " + v.records() + ", " + v.outcomesChanged() + ", "
            + v.vetoCastsBaseline() + " -> " + v.vetoCastsScenario()));
      }
    });
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
        try {
          return Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.parse(since));
        } catch (DateTimeParseException e) {
          throw new UserError("--since must be a date yyyy-mm-dd: '" + since + "'");
        }
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
    String code = state;
    MemberState m = MemberStates.byCode(code.toUpperCase(java.util.Locale.ROOT)).orElseThrow(() ->
        new UserError("--state: unknown state code: must be an ISO 3166 alpha-3 code or a historical code: '" + code + "'"));
    org.r2p.core.Instrument i;
    try {
      i = org.r2p.core.Instrument.valueOf(instrument.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("--instrument must be one of " + java.util.Arrays.toString(org.r2p.core.Instrument.values())
          + ": '" + instrument + "'");
    }
    try {
      return Scenario.adheres(m, i, LocalDate.parse(from), assumeCredibility);
    } catch (DateTimeParseException e) {
      throw new UserError("--from must be a date yyyy-mm-dd: '" + from + "'");
    }
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
    DocumentSymbol only;
    try {
      only = symbol == null ? null : DocumentSymbol.parse(symbol);
    } catch (SymbolParseException e) {
      throw new UserError("--symbol: " + e.getMessage());
    }
    Situation about = situation();
    @Nullable LocalDate first;
    try {
      first = from == null ? null : LocalDate.parse(from);
    } catch (DateTimeParseException e) {
      throw new UserError("--from must be a date yyyy-mm-dd: '" + from + "'");
    }
    Predicate<VoteRecord> which = r -> (only == null || r.proposal().symbol().map(only::equals).orElse(false))
        && (about == null || r.proposal().concerns(about)) && (first == null || !r.date().isBefore(first));
    String selection = (only == null ? "" : " on " + only) + (about == null ? "" : " on " + about.displayName())
        + (first == null ? "" : " from " + first);
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
      Scenario one = about == null && first == null
          ? only == null ? Scenario.vote(r -> true, m, p) : Scenario.vote(only, m, p)
          : Scenario.of("vote:" + m.code() + "=" + p, m.name() + " votes " + p + selection + ".",
              Scenario.vote(which, m, p)::position);
      s = s == null ? one : s.andThen(one);
    }
    return s;
  }
}
