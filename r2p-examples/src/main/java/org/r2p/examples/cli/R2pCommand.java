package org.r2p.examples.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.r2p.examples.report.HistoryReport;
import org.r2p.examples.report.ReportFormat;
import org.r2p.json.R2pDatasets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code r2p}: with no command, analyses the bundled history, prints the report and writes
 * it (Markdown, a web page, CSV tables, SVG chart) to an output folder.
 */
@Command(
    name = "r2p",
    versionProvider = R2pCommand.Version.class,
    sortOptions = false,
    description = {
        "UN Security Council vetoes and the veto-restraint commitments (the ACT Code of Conduct, the France-Mexico"
        + " declaration, the French and UK pledges, and GA res 76/262).",
        "",
        "Without a command, the program analyses the bundled history, prints the report, and writes report.md,"
        + " report.html (charts, and tables that sort and filter), the CSV tables and vetoes_per_year.svg to the"
        + " output folder."},
    subcommands = {ValidateCommand.class, ReviewCommand.class, WhatIfCommand.class, PowerCommand.class, ImportCommand.class,
        MonitorCommand.class, SchemaCommand.class, HelpCommand.class})
public final class R2pCommand extends BaseCommand {
  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "r2p-report",
      description = "Folder for report.md, report.html, the CSV tables and the chart (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "md,html",
      description = "The report's formats, comma-separated: md, html or both"
          + " (default: ${DEFAULT-VALUE}); the CSV tables and the chart are always written.")
  List<ReportFormat> formats;

  @Option(names = "--quiet", description = "Write the files without printing the report.")
  boolean quiet;

  @Mixin InterpretationOptions interpretation;

  @Mixin OverlayOptions overlays;

  private InputStream stdin = System.in;

  /** Standard output as bytes, when the program was given it so (the {@code out} writer writes into it); or null. */
  private OutputStream stdoutBytes;

  /** @return standard input, what "-" reads */
  InputStream stdin() {
    return stdin;
  }

  /**
   * Standard output as bytes, for a command that writes UTF-8 (JSON from a generator) without
   * going through characters; empty when the program was given a writer only. The {@code out}
   * writer is flushed first, so that what it printed comes before what is written here.
   *
   * @return the output, to be flushed (never closed) when done
   */
  Optional<OutputStream> stdoutBytes() {
    spec.commandLine().getOut().flush();
    return Optional.ofNullable(stdoutBytes);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    HistoryReport report = HistoryReport.of(R2pDatasets.bundled(), Inputs.rules(interpretation.interpretation(), overlays),
        overlays.records(R2pDatasets.bundled().vetoes()));
    List<Path> files;
    try {
      files = report.writeTo(out, java.util.EnumSet.copyOf(formats));
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      throw FileErrors.cannotWrite(out, e);
    }
    if (!quiet) {
      o.print(report.markdown());
    }
    o.println("Wrote " + files.size() + " files to " + out.toAbsolutePath().normalize() + ": "
        + files.stream().map(p -> p.getFileName().toString()).reduce((a, b) -> a + ", " + b).orElse(""));
    o.flush();
    return ExitCodes.OK;
  }

  /** The version from the jar's manifest, or the build's ({@code version.properties}). */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      String v = R2pCommand.class.getPackage().getImplementationVersion();
      if (v == null) {
        java.util.Properties build = new java.util.Properties();
        try (java.io.InputStream in = R2pCommand.class.getResourceAsStream("/org/r2p/examples/version.properties")) {
          if (in != null) {
            build.load(in);
          }
        }
        v = build.getProperty("version", "(version unknown)");
      }
      return new String[] {"r2p " + v, "Java " + System.getProperty("java.version")};
    }
  }

  /**
   * The command line with the program's error handling: user errors and unknown options as
   * one line (exit 2), internal errors without a stack trace unless R2P_DEBUG is set (exit 3);
   * control characters in these messages are escaped.
   *
   * @param in standard input, read by "-"
   * @param out standard output
   * @param err standard error
   * @return the command line
   */
  public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    return commandLine(in, null, out, err);
  }

  /**
   * {@link #commandLine(InputStream, PrintWriter, PrintWriter)} with standard output as bytes:
   * text is printed through a UTF-8 writer onto {@code out}, and JSON is written to {@code out}
   * directly, without going through characters.
   *
   * @param in standard input, read by "-"
   * @param out standard output
   * @param err standard error
   * @return the command line
   */
  public static CommandLine commandLine(InputStream in, OutputStream out, PrintWriter err) {
    return commandLine(in, out, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), err);
  }

  private static CommandLine commandLine(InputStream in, OutputStream bytes, PrintWriter out, PrintWriter err) {
    R2pCommand command = new R2pCommand();
    command.stdin = in;
    command.stdoutBytes = bytes;
    CommandLine cl = new CommandLine(command);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter e = ex.getCommandLine().getErr();
      String name = ex.getCommandLine().getCommandSpec().qualifiedName();
      String message = String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
      e.println(SafeText.of("r2p: " + message + " (see '" + name + " --help')"));
      e.flush();
      return ExitCodes.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      PrintWriter e = line.getErr();
      if (ex instanceof UserError || ex instanceof OutputError) {
        e.println(SafeText.of("r2p: " + ex.getMessage()));
        e.flush();
        return ExitCodes.USAGE;
      }
      return internalError(ex, e);
    });
    return cl;
  }

  /**
   * Reports a failure of the program or the machine (a bug, an {@link OutOfMemoryError}) as
   * one line, with the stack trace only when R2P_DEBUG is set.
   *
   * @param t what was thrown
   * @param err standard error
   * @return the internal-error exit code
   */
  public static int internalError(Throwable t, PrintWriter err) {
    String what = t instanceof OutOfMemoryError ? "out of memory (" + t.getMessage() + "); give the JVM more with -Xmx"
        : t instanceof StackOverflowError ? "stack overflow" : String.valueOf(t);
    err.println(SafeText.of("r2p: internal error: " + what + " (please report it; set R2P_DEBUG=1 for details)"));
    if (System.getenv("R2P_DEBUG") != null) {
      t.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
