package org.r2p.examples;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.r2p.examples.cli.R2pCommand;
import picocli.CommandLine;

/**
 * The {@code r2p} program. Without arguments it analyses the bundled history, prints the
 * report and writes it to {@code r2p-report/}. See {@code r2p --help}.
 *
 * <p>Exit codes: 0 success; 1 problems found in the input (validation errors); 2 usage error,
 * unusable input (a file that cannot be read) or output that cannot be written; 3 internal
 * error, including running out of memory.
 */
public final class R2p {
  private R2p() {}

  /**
   * Runs the program and exits with its code (only when it is not 0, so that it can run
   * inside a build tool's JVM).
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // the report's charts are drawn with AWT, never on a screen
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    int code = run(args, System.in, out, err);
    try {
      out.flush();
    } catch (IOException e) {
      if (code == 0) { // else the failure has been told
        err.println("r2p: cannot write the output: " + e.getMessage());
        code = 2;
      }
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the program in-process, standard input being {@link System#in}.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs the program in-process. An {@link Error} (running out of memory, a stack overflow)
   * ends it with one line and the internal-error code, never a stack trace.
   *
   * @param args the command line
   * @param in standard input, what "-" reads
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    try {
      return R2pCommand.commandLine(in, out, err).execute(args);
    } catch (Error e) {
      out.flush();
      return R2pCommand.internalError(e, err);
    }
  }

  /**
   * Runs the program in-process with standard output as bytes, as {@link #main} does: text is
   * printed as UTF-8, JSON written straight to {@code out}. Everything is flushed to {@code out}
   * on return; {@code out} is not closed.
   *
   * @param args the command line
   * @param in standard input, what "-" reads
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, OutputStream out, PrintWriter err) {
    CommandLine cl = R2pCommand.commandLine(in, out, err);
    try {
      return cl.execute(args);
    } catch (Error e) {
      return R2pCommand.internalError(e, err);
    } finally {
      cl.getOut().flush();
    }
  }
}
