package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.r2p.examples.report.HistoryReport;
import org.r2p.json.R2pDatasets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code r2p}: with no command, analyses the bundled history, prints the report and writes
 * it (Markdown, CSV tables, SVG chart) to an output folder.
 */
@Command(
    name = "r2p",
    mixinStandardHelpOptions = true,
    versionProvider = R2pCommand.Version.class,
    sortOptions = false,
    description = {
        "UN Security Council vetoes and the veto-restraint commitments (ACT Code of Conduct,",
        "France-Mexico declaration, French and UK pledges, GA res 76/262).",
        "",
        "Without a command: analyse the bundled history, print the report and write report.md,",
        "CSV tables and vetoes_per_year.svg to the output folder."},
    subcommands = {ValidateCommand.class, ReviewCommand.class, WhatIfCommand.class, PowerCommand.class, ImportCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:problems found in the input (validation errors)",
        "2:usage error, or a file that cannot be read",
        "3:internal error"})
public final class R2pCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "r2p-report",
      description = "Folder for report.md, the CSV tables and the chart (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--quiet", description = "Write the files without printing the report.")
  boolean quiet;

  @Mixin InterpretationOptions interpretation;

  @Mixin OverlayOptions overlays;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    HistoryReport report = HistoryReport.of(R2pDatasets.bundled(), Inputs.rules(interpretation.interpretation(), overlays),
        overlays.records(R2pDatasets.bundled().vetoes()));
    List<Path> files = report.writeTo(out);
    if (!quiet) {
      o.print(report.markdown());
    }
    o.println("Wrote " + files.size() + " files to " + out.toAbsolutePath().normalize() + ": "
        + files.stream().map(p -> p.getFileName().toString()).reduce((a, b) -> a + ", " + b).orElse(""));
    o.flush();
    return ExitCodes.OK;
  }

  /** The version from the jar's manifest, or the build's. */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = R2pCommand.class.getPackage().getImplementationVersion();
      return new String[] {"r2p " + (v == null ? "0.1.0-SNAPSHOT" : v),
          "Java " + System.getProperty("java.version")};
    }
  }

  /**
   * The command line with the program's error handling: user errors as one line (exit 2),
   * internal errors without a stack trace unless R2P_DEBUG is set (exit 3); control characters
   * in these messages are escaped.
   *
   * @param out standard output
   * @param err standard error
   * @return the command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new R2pCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      PrintWriter e = line.getErr();
      if (ex instanceof UserError) {
        e.println(SafeText.of("r2p: " + ex.getMessage()));
        e.flush();
        return ExitCodes.USAGE;
      }
      e.println(SafeText.of("r2p: internal error: " + ex + " (please report it; set R2P_DEBUG=1 for details)"));
      if (System.getenv("R2P_DEBUG") != null) {
        ex.printStackTrace(e);
      }
      e.flush();
      return ExitCodes.INTERNAL;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      PrintWriter e = c.getErr();
      e.println(SafeText.of(ex.getMessage()));
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, e)) {
        c.usage(e);
      }
      e.flush();
      return c.getCommandSpec().exitCodeOnInvalidInput();
    });
    return cl;
  }
}
