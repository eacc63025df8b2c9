package org.r2p.examples;

import java.io.PrintWriter;
import org.r2p.examples.cli.R2pCommand;

/**
 * The {@code r2p} program. Without arguments it analyses the bundled history, prints the
 * report and writes it to {@code r2p-report/}. See {@code r2p --help}.
 *
 * <p>Exit codes: 0 success; 1 problems found in the input (validation errors); 2 usage error
 * or unusable input (a file that cannot be read); 3 internal error.
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
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the program in-process.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return R2pCommand.commandLine(out, err).execute(args);
  }
}
