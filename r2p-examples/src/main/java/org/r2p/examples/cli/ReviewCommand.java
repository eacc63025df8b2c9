package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pJson;
import org.r2p.rules.Discrepancy;
import org.r2p.rules.Finding;
import org.r2p.rules.R2pRules;
import org.r2p.rules.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code r2p review FILE...}: the Charter outcome and every commitment finding of each record. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {"Review vote records: the Charter outcome, the veto casts, and every commitment finding",
        "with its explanation. Invalid records are reported on standard error and skipped."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every record reviewed", "1:some records were invalid (the others are reviewed)",
        "2:usage error or unreadable file"})
final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Vote-record files.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}); json follows review.schema.json.")
  Format format;

  @Option(names = "--all", description = "Also print the NOT_APPLICABLE findings (text format).")
  boolean all;

  @Mixin InterpretationOptions interpretation;

  @Mixin OverlayOptions overlays;

  @Override
  public Integer call() {
    if (format == Format.csv) {
      throw new UserError("--format must be text or json for review: csv");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<VoteRecord> records = new ArrayList<>();
    int code = Inputs.readAll(files, records, spec.commandLine().getErr());
    R2pRules rules = Inputs.rules(interpretation.interpretation(), overlays);
    List<Review> reviews = new ArrayList<>();
    for (VoteRecord r : overlays.records(records)) {
      reviews.add(rules.review(r));
    }
    if (format == Format.json) {
      out.println(R2pJson.mapper().writeValueAsString(ReviewJson.document(reviews, rules.interpretation())));
    } else {
      for (Review r : reviews) {
        print(out, r);
      }
    }
    out.flush();
    return code;
  }

  /** One record's review as text; every line that carries input goes through {@link SafeText}. */
  private void print(PrintWriter out, Review r) {
    VoteRecord rec = r.record();
    out.println(SafeText.of("== " + rec.proposal().label() + " (" + rec.date() + ")" + rec.id().map(i -> " [" + i + "]").orElse("")));
    out.println(SafeText.of("Outcome: " + r.decision().outcome() + (r.decision().vetoed() ? ", vetoed by " + r.decision().vetoCasts() : "")));
    out.println(SafeText.of(r.decision().explanation().paragraph()));
    for (String i : r.decision().irregularities()) {
      out.println(SafeText.of("Irregularity: " + i));
    }
    for (Discrepancy d : r.discrepancies()) {
      out.println(SafeText.of("Discrepancy: " + d.message()));
    }
    for (Finding f : all ? r.findings() : r.engaged()) {
      out.println(SafeText.of("- " + f.state().map(s -> s.name()).orElse("") + ", " + f.instrument().shortName() + ": " + f.verdict()));
      out.println(SafeText.of("  " + f.explain()));
    }
    if (!all && r.engaged().isEmpty()) {
      out.println("No commitment engaged (" + r.findings().size() + " findings NOT_APPLICABLE; --all shows them).");
    }
    r.gaDebate().ifPresent(g -> out.println(SafeText.of("GA res 76/262: " + g.explanation().paragraph())));
    out.println();
  }
}
