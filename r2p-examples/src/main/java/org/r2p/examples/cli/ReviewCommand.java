package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.r2p.core.VoteRecord;
import org.r2p.json.Problem;
import org.r2p.json.RecordResult;
import org.r2p.json.ReviewWriter;
import org.r2p.rules.Discrepancy;
import org.r2p.rules.Finding;
import org.r2p.rules.R2pRules;
import org.r2p.rules.Review;
import org.r2p.rules.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code r2p review FILE...}: the Charter outcome and every commitment finding of each record. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {"Review vote records: the Charter outcome, the veto casts, and every commitment finding",
        "with its explanation, one record at a time in constant memory. '-' reads standard input.",
        "Invalid records are reported on standard error and skipped. NOT_APPLICABLE findings are",
        "left out (and counted) unless --all is given. In JSON a review names its record by id,",
        "proposal and date; --records writes the record too."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every record reviewed", "1:some records were invalid (the others are reviewed)",
        "2:usage error, unreadable file, or output that cannot be written", "3:internal error (out of memory, a bug)"})
final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand R2pCommand parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Vote-record files; '-' for standard input.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text, json (one compact document, review.schema.json)"
      + " or ndjson (one review per line) (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--all", description = "Also write the NOT_APPLICABLE findings (every format).")
  boolean all;

  @Option(names = "--explain", description = "json and ndjson: also write each finding's and decision's explanation"
      + " (facts, conditions, clause; the text format always has them).")
  boolean explain;

  @Option(names = "--records", description = "json and ndjson: also write each record, whole, in its review (without it"
      + " a review names its record by id, proposal and date).")
  boolean records;

  @Mixin InterpretationOptions interpretation;

  @Mixin OverlayOptions overlays;

  @Override
  public Integer call() {
    if (format == Format.csv) {
      throw new UserError("--format must be text, json or ndjson for review: csv");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    R2pRules rules = Inputs.rules(interpretation.interpretation(), overlays);
    ReviewWriter json = format == Format.text ? null : writer(rules, parent.stdoutBytes());
    long[] counts = new long[3]; // reviews, findings shown, NOT_APPLICABLE left out
    Pairs pairs = new Pairs();
    overlays.records(List.of()); // a bad --assessments file is told before anything is read
    int code;
    // reading and checking on this thread; reviewing and writing, in the input's order, on another
    try (Handoff<VoteRecord> reviewer = new Handoff<>("r2p-review", read -> {
      VoteRecord record = overlays.records(List.of(read)).get(0);
      // the NOT_APPLICABLE findings are built only when they are written
      Review review = rules.review(record, all);
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
      } else {
        print(out, review, counts);
        decided.ifPresent(d -> printDoubleVeto(out, pair.get()[0], pair.get()[1], d));
      }
    })) {
      code = Inputs.read(files, parent.stdin(), Progress.forTerminal(err), new Inputs.Visitor() {
        @Override
        public void result(Path file, RecordResult r) {
          for (Problem p : r.problems()) {
            err.println(Inputs.describe(file, p));
          }
          r.record().ifPresent(reviewer::add);
        }

        @Override
        public void unreadable(Path file, String why) {
          err.println(Inputs.unreadable(file, why));
        }
      });
      reviewer.finish();
    }
    if (json != null) {
      OutputError.writing(json::close);
      if (format == Format.ndjson) {
        summary(err, json.reviews(), json.findings(), json.notApplicableOmitted());
      }
    } else {
      summary(out, counts[0], counts[1], counts[2]);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** JSON straight to standard output's bytes when the program has them, else through the writer. */
  private ReviewWriter writer(R2pRules rules, java.util.Optional<java.io.OutputStream> bytes) {
    PrintWriter out = spec.commandLine().getOut();
    List<ReviewWriter.Include> asked = new ArrayList<>();
    if (all) {
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
      if (all || f.verdict() != Verdict.NOT_APPLICABLE) {
        out.println(SafeText.of("- " + f.state().map(s -> s.name()).orElse("") + ", " + f.instrument().shortName() + ": " + f.verdict()));
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
