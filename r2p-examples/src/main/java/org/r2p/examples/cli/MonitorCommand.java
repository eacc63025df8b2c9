package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.r2p.examples.report.Monitor;
import org.r2p.json.R2pDatasets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code r2p monitor}: the Council's votes on atrocity drafts, member by member, with their verdicts. */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    description = {"The Council's votes on atrocity drafts: for every vetoed draft with a bundled atrocity",
        "assessment and per-member votes, each member's vote, its standing under the ACT Code (a named",
        "supporter, not joined, or unknown) and the verdict of every instrument, with the reason.",
        "text: the named supporters and unknowns per draft assessed YES or CONTESTED, and every elected",
        "member's NO or abstention on them; csv: one row per vote."})
final class MonitorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin InterpretationOptions interpretation;

  @Mixin OverlayOptions overlays;

  @Override
  public Integer call() {
    if (format != Format.text && format != Format.csv) {
      throw new UserError("--format must be text or csv for monitor: " + format);
    }
    Monitor m = Monitor.of(R2pDatasets.bundled(), Inputs.rules(interpretation.interpretation(), overlays),
        overlays.records(R2pDatasets.bundled().vetoes()));
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.csv ? m.csv() : m.markdown());
    out.flush();
    return ExitCodes.OK;
  }
}
