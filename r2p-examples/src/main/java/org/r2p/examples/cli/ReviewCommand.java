package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.json.ReviewWriter;
import org.r2p.rules.Discrepancy;
import org.r2p.rules.Finding;
import org.r2p.rules.R2pRules;
import org.r2p.rules.Review;
import org.r2p.rules.Verdict;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code r2p review FILE...}: the Charter outcome and every commitment finding of each record. */
@Command(
    name = "review",
    sortOptions = false,
    description = {"Review vote records: the Charter outcome, the veto casts, and every commitment finding with its"
        + " explanation, one record at a time in constant memory.",
        "",
        "Reads vote-record files ('-' is standard input) or the bundled history (--history). Invalid records are"
        + " reported on standard error and skipped. NOT_APPLICABLE findings are left out (and counted) unless --all is"
        + " given. --state, --instrument and --verdict keep only the findings that match, and the records that have"
        + " one; --situation, --from and --until select records. In JSON a review names its record by id, proposal and"
        + " date; --records writes the record too. csv has one row per finding."})
final class ReviewCommand extends BaseCommand {
  @ParentCommand R2pCommand parent;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Inputs.Source source;

  @Option(names = "--format", defaultValue = "text", description = "text, json (one compact document,"
      + " review.schema.json), ndjson (one review per line) or csv (one row per finding) (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--state", paramLabel = "CODE", split = ",", description = "Only the findings about these states'"
      + " votes, such as GBR or GBR,FRA.")
  List<String> states = new ArrayList<>();

  @Option(names = "--instrument", paramLabel = "NAME", split = ",", completionCandidates = InstrumentNames.class,
      description = "Only the findings under these instruments: ${COMPLETION-CANDIDATES}.")
  List<org.r2p.core.Instrument> instruments = new ArrayList<>();

  @Option(names = "--verdict", paramLabel = "V", split = ",", description = "Only the findings with these verdicts:"
      + " ${COMPLETION-CANDIDATES} (NOT_APPLICABLE implies --all).")
  List<Verdict> verdicts = new ArrayList<>();

  @Option(names = "--situation", paramLabel = "KEY", description = "Only the records of proposals on this situation,"
      + " such as SYRIA.")
  @org.jspecify.annotations.Nullable String situation;

  @Option(names = "--from", paramLabel = "DATE", description = "Only the records dated on or after this day.")
  @org.jspecify.annotations.Nullable String from;

  @Option(names = "--until", paramLabel = "DATE", description = "Only the records dated on or before this day.")
  @org.jspecify.annotations.Nullable String until;

  @Option(names = "--all", description = "Also write the NOT_APPLICABLE findings (every format).")
  boolean all;

  @Option(names = "--explain", description = "json and ndjson only: also write each finding's and decision's explanation"
      + " (facts, conditions, clause; the text format always has them).")
  boolean explain;

  @Option(names = "--records", description = "json and ndjson only: also write each record, whole, in its review (without it"
      + " a review names its record by id, proposal and date).")
  boolean records;

  @Mixin InterpretationOptions interpretation;

  @Mixin OverlayOptions overlays;

  /** The instruments' names as they are typed (their enum names; toString gives the display name). */
  static final class InstrumentNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(org.r2p.core.Instrument.values()).map(Enum::name).iterator();
    }
  }

  /** The columns of the csv output: one row per finding. */
  static final List<String> COLUMNS = List.of("record_id", "proposal", "date", "year", "situation", "situation_name",
      "state", "state_name", "position", "instrument", "verdict", "applies", "breach", "hypothetical", "deciding");

  @Override
  public Integer call() {
    picocli.CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    for (String o : List.of("--explain", "--records")) {
      if (parsed.hasMatchedOption(o) && format != Format.json && format != Format.ndjson) {
        throw new UserError(o + " does not apply to --format " + format + ": it is read by json and ndjson only (text"
            + " always explains; csv has the deciding conditions in its own column)");
      }
    }
    Filter filter = filter();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean withNotApplicable = all || verdicts.contains(Verdict.NOT_APPLICABLE);
    R2pRules rules = Inputs.rules(interpretation.interpretation(), overlays);
    ReviewWriter json = format == Format.json || format == Format.ndjson ? writer(rules, parent.stdoutBytes()) : null;
    Table csv = format == Format.csv ? new Table(out, Format.csv, "r2p.review-rows.v1", COLUMNS) : null;
    long[] counts = new long[3]; // reviews, findings shown, NOT_APPLICABLE left out
    Pairs pairs = new Pairs();
    overlays.records(List.of()); // a bad --assessments file is told before anything is read
    int code;
    // reading and checking on this thread; reviewing and writing, in the input's order, on another
    try (Handoff<VoteRecord> reviewer = new Handoff<>("r2p-review", read -> {
      VoteRecord record = overlays.records(List.of(read)).get(0);
      if (!filter.record(record)) {
        return;
      }
      // the NOT_APPLICABLE findings are built only when they are written
      Review review = filter.findings(rules.review(record, withNotApplicable));
      if (filter.byFinding() && review.findings().isEmpty()) {
        return;
      }
      java.util.Optional<VoteRecord[]> pair = pairs.pair(record);
      java.util.Optional<org.r2p.rules.DoubleVeto> decided = pair.flatMap(p -> rules.doubleVeto(p[0], p[1]));
      if (json != null) {
        OutputError.writing(() -> {
          if (decided.isPresent()) {
            json.write(review, pair.get()[0], pair.get()[1], decided.get());
          } else {
            json.write(review);
          }
        });
      } else if (csv != null) {
        rows(csv, review, counts);
      } else {
        print(out, review, counts);
        decided.ifPresent(d -> printDoubleVeto(out, pair.get()[0], pair.get()[1], d));
      }
    })) {
      if (source.history) {
        R2pDatasets.bundled().vetoes().forEach(reviewer::add);
        code = ExitCodes.OK;
      } else {
        code = Inputs.readRecords(source.files, parent.stdin(), Progress.forTerminal(err), reviewer::add, err);
      }
      reviewer.finish();
    }
    if (json != null) {
      OutputError.writing(json::close);
      if (format == Format.ndjson) {
        summary(err, json.reviews(), json.findings(), json.notApplicableOmitted());
      }
    } else if (csv != null) {
      csv.close();
      summary(err, counts[0], counts[1], counts[2]);
    } else {
      summary(out, counts[0], counts[1], counts[2]);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** One row per finding shown. */
  private void rows(Table csv, Review r, long[] counts) {
    VoteRecord rec = r.record();
    int shown = 0;
    for (Finding f : r.findings()) {
      if (all || verdicts.contains(Verdict.NOT_APPLICABLE) || f.verdict() != Verdict.NOT_APPLICABLE) {
        csv.row(rec.id().orElse(null), rec.proposal().label(), rec.date(), rec.date().getYear(),
            rec.proposal().situation().map(org.r2p.core.Situation::key).orElse(null),
            rec.proposal().situation().map(org.r2p.core.Situation::displayName).orElse(null),
            f.state().map(org.r2p.core.MemberState::code).orElse(null),
            f.state().map(s -> StateNames.on(s, rec.date())).orElse(null),
            f.position().orElse(null), f.instrument().name(), f.verdict().name(), f.applies(), f.breach(),
            f.hypothetical(),
            f.explanation().deciding().stream().map(c -> c.name() + ": " + c.detail())
                .collect(java.util.stream.Collectors.joining("; ")));
        shown++;
      }
    }
    counts[0]++;
    counts[1] += shown;
    counts[2] += r.findings().size() - shown + r.notApplicableOmitted();
  }

  /** The filters asked for. */
  private Filter filter() {
    java.util.Set<org.r2p.core.MemberState> who = new java.util.HashSet<>();
    for (String c : states) {
      who.add(org.r2p.core.MemberStates.byCode(c.toUpperCase(java.util.Locale.ROOT)).orElseThrow(() -> new UserError(
          "--state: unknown state code: must be an ISO 3166 alpha-3 code or a historical code: '" + c + "'")));
    }
    if (situation != null && situation.isBlank()) {
      throw new UserError("--situation must not be blank");
    }
    org.r2p.core.Situation about = situation == null ? null : org.r2p.core.Situation.parse(situation);
    java.time.LocalDate first = Dates.parse("--from", from);
    java.time.LocalDate last = Dates.parse("--until", until);
    if (first != null && last != null && last.isBefore(first)) {
      throw new UserError("--until must not be before --from: " + last + " < " + first);
    }
    return new Filter(who, instruments, verdicts, about, first, last);
  }

  /** Which records and findings are kept. */
  private record Filter(java.util.Set<org.r2p.core.MemberState> states, List<org.r2p.core.Instrument> instruments,
      List<Verdict> verdicts, org.r2p.core.@org.jspecify.annotations.Nullable Situation situation,
      java.time.@org.jspecify.annotations.Nullable LocalDate from,
      java.time.@org.jspecify.annotations.Nullable LocalDate until) {
    boolean record(VoteRecord r) {
      return (situation == null || r.proposal().concerns(situation)) && (from == null || !r.date().isBefore(from))
          && (until == null || !r.date().isAfter(until));
    }

    boolean byFinding() {
      return !states.isEmpty() || !instruments.isEmpty() || !verdicts.isEmpty();
    }

    Review findings(Review r) {
      if (!byFinding()) {
        return r;
      }
      return r.withFindings(r.findings().stream()
          .filter(f -> states.isEmpty() || f.state().map(states::contains).orElse(false))
          .filter(f -> instruments.isEmpty() || instruments.contains(f.instrument()))
          .filter(f -> verdicts.isEmpty() || verdicts.contains(f.verdict()))
          .collect(java.util.stream.Collectors.toList()));
    }
  }

  /** JSON straight to standard output's bytes when the program has them, else through the writer. */
  private ReviewWriter writer(R2pRules rules, java.util.Optional<java.io.OutputStream> bytes) {
    PrintWriter out = spec.commandLine().getOut();
    List<ReviewWriter.Include> asked = new ArrayList<>();
    if (all || verdicts.contains(Verdict.NOT_APPLICABLE)) {
      asked.add(ReviewWriter.Include.NOT_APPLICABLE);
    }
    if (explain) {
      asked.add(ReviewWriter.Include.EXPLANATIONS);
    }
    if (records) {
      asked.add(ReviewWriter.Include.RECORDS);
    }
    ReviewWriter.Include[] include = asked.toArray(ReviewWriter.Include[]::new);
    if (format == Format.json) {
      return bytes.isPresent() ? ReviewWriter.document(bytes.get(), rules.interpretation(), include)
          : ReviewWriter.document(out, rules.interpretation(), include);
    }
    return bytes.isPresent() ? ReviewWriter.lines(bytes.get(), include) : ReviewWriter.lines(out, include);
  }

  private void summary(PrintWriter to, long reviews, long findings, long omitted) {
    to.println(reviews + " records reviewed, " + findings + " findings shown"
        + (all ? "" : ", " + omitted + " NOT_APPLICABLE findings left out (--all shows them)"));
  }

  /**
   * Pairs a preliminary question with the draft it relates to ({@code proposal.relatesTo}), voted
   * the same day, in whichever order the two come; holds at most {@value #LIMIT} unpaired records
   * of each kind, the oldest dropped first, so memory stays bounded.
   */
  static final class Pairs {
    static final int LIMIT = 1024;
    private final java.util.Map<Key, VoteRecord> questions = bounded();
    private final java.util.Map<Key, VoteRecord> drafts = bounded();

    /** A draft's symbol and the day it was voted. */
    private record Key(java.time.LocalDate date, org.r2p.core.DocumentSymbol symbol) {}

    private static java.util.Map<Key, VoteRecord> bounded() {
      return new java.util.LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Key, VoteRecord> eldest) {
          return size() > LIMIT;
        }
      };
    }

    /** @return the question and the draft, once both have been seen */
    java.util.Optional<VoteRecord[]> pair(VoteRecord r) {
      org.r2p.core.Proposal p = r.proposal();
      if (p.kind() == org.r2p.core.ProposalKind.PRELIMINARY_QUESTION && p.relatesTo().isPresent()) {
        Key key = new Key(r.date(), p.relatesTo().get());
        VoteRecord draft = drafts.remove(key);
        if (draft != null) {
          return java.util.Optional.of(new VoteRecord[] {r, draft});
        }
        questions.put(key, r);
      } else if (p.symbol().isPresent()) {
        Key key = new Key(r.date(), p.symbol().get());
        VoteRecord question = questions.remove(key);
        if (question != null) {
          return java.util.Optional.of(new VoteRecord[] {question, r});
        }
        drafts.put(key, r);
      }
      return java.util.Optional.empty();
    }
  }

  /** A preliminary question and its draft, decided together (the double veto). */
  private static void printDoubleVeto(PrintWriter out, VoteRecord question, VoteRecord draft,
      org.r2p.rules.DoubleVeto d) {
    out.println(SafeText.of("== Preliminary question " + question.proposal().label() + " and the draft "
        + draft.proposal().label() + " (" + draft.date() + ")"));
    out.println(SafeText.of("Preliminary question: " + d.preliminary().outcome()
        + (d.preliminary().vetoed() ? ", vetoed by " + d.preliminary().vetoCasts() : "")));
    out.println(SafeText.of("Draft, as the question classified it: " + d.draft().outcome()
        + (d.draft().vetoed() ? ", vetoed by " + d.draft().vetoCasts() : "")));
    out.println(SafeText.of(d.draft().explanation().paragraph()));
    out.println(d.doubleVeto() ? "Double veto: the question and the draft were both vetoed (" + d.vetoCasts().size()
        + " casts)." : "No double veto.");
    out.println();
  }

  /** One record's review as text; every line that carries input goes through {@link SafeText}. */
  private void print(PrintWriter out, Review r, long[] counts) {
    VoteRecord rec = r.record();
    out.println(SafeText.of("== " + rec.proposal().label() + " (" + rec.date() + ")" + rec.id().map(i -> " [" + i + "]").orElse("")));
    out.println(SafeText.of("Outcome: " + r.decision().outcome()
        + (r.decision().modality().voteTaken() ? "" : " " + r.decision().modality().words() + " (" + r.decision().modality() + ")")
        + (r.decision().vetoed() ? ", vetoed by " + r.decision().vetoCasts() : "")));
    out.println(SafeText.of(r.decision().explanation().paragraph()));
    for (String i : r.decision().irregularities()) {
      out.println(SafeText.of("Irregularity: " + i));
    }
    for (Discrepancy d : r.discrepancies()) {
      out.println(SafeText.of("Discrepancy: " + d.message()));
    }
    int shown = 0;
    for (Finding f : r.findings()) {
      if (all || verdicts.contains(Verdict.NOT_APPLICABLE) || f.verdict() != Verdict.NOT_APPLICABLE) {
        out.println(SafeText.of("- " + f.state().map(s -> StateNames.on(s, rec.date())).orElse("") + ", " + f.instrument().shortName() + ": " + f.verdict()));
        out.println(SafeText.of("  " + f.explain()));
        shown++;
      }
    }
    if (!rec.modality().voteTaken()) {
      out.println("No vote was taken, so there is no vote to check against the commitments, and none was a veto.");
    } else if (!all && shown == 0) {
      out.println("No commitment engaged (" + (r.findings().size() + r.notApplicableOmitted())
          + " findings NOT_APPLICABLE; --all shows them).");
    }
    r.gaDebate().ifPresent(g -> out.println(SafeText.of("GA res 76/262: " + g.explanation().paragraph())));
    out.println();
    counts[0]++;
    counts[1] += shown;
    counts[2] += r.findings().size() - shown + r.notApplicableOmitted();
  }
}
