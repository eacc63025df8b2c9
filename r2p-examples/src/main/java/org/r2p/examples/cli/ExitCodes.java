package org.r2p.examples.cli;

/**
 * The program's exit codes, the same for every command, and their one description, which every
 * command's help shows.
 */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** Problems were found in the input (validation errors, or records that could not be read). */
  public static final int PROBLEMS = 1;
  /** Usage error, an input that cannot be used at all (missing or unreadable file), or output that cannot be written. */
  public static final int USAGE = 2;
  /** An internal error: a bug to report. */
  public static final int INTERNAL = 3;

  /** The heading of the exit-code section of every help screen. */
  static final String HEADING = "%nExit codes:%n";
  /** Exit code 0, as help shows it. */
  static final String OK_TEXT = "0:Success: done, every input read (warnings allowed).";
  /** Exit code 1, as help shows it. */
  static final String PROBLEMS_TEXT = "1:Problems found in the input: invalid records are reported on standard error"
      + " (validate: standard output) and skipped; the others are used.";
  /** Exit code 2, as help shows it. */
  static final String USAGE_TEXT = "2:Usage error (an unknown option, an option the command does not read, a bad"
      + " value), a file that cannot be read, or output that cannot be written; one line says which and why.";
  /** Exit code 3, as help shows it. */
  static final String INTERNAL_TEXT = "3:Internal error (out of memory, a bug): please report it; R2P_DEBUG=1 shows"
      + " the details.";

  private ExitCodes() {}
}
