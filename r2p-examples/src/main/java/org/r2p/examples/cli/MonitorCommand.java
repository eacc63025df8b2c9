package org.r2p.examples.cli;

import java.io.PrintWriter;
import org.r2p.examples.report.Monitor;
import org.r2p.json.R2pDatasets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code r2p monitor}: the Council's votes on atrocity drafts, member by member, with their verdicts. */
@Command(
    name = "monitor",
    description = {"Print the Council's votes on atrocity drafts: for every vetoed draft with a bundled atrocity"
        + " assessment and per-member votes, each member's vote, its standing under the ACT Code (a named supporter,"
        + " not joined, or unknown) and the verdict of every instrument, with the reason.",
        "",
        "text: the named supporters and unknowns per draft assessed YES or CONTESTED, and every elected member's NO"
        + " or abstention on them. csv: one row per vote."})
final class MonitorCommand extends BaseCommand {
  /** The formats monitor writes. */
  enum MonitorFormat {
    text,
    csv
  }

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  MonitorFormat format;

  @Mixin InterpretationOptions interpretation;

  @Mixin OverlayOptions overlays;

  @Override
  public Integer call() {
    Monitor m = Monitor.of(R2pDatasets.bundled(), Inputs.rules(interpretation.interpretation(), overlays),
        overlays.records(R2pDatasets.bundled().vetoes()));
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == MonitorFormat.csv ? m.csv() : m.markdown());
    out.flush();
    return ExitCodes.OK;
  }
}
