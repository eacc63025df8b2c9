package org.r2p.examples.cli;

/** The program's exit codes. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** Problems were found in the input (validation errors, or records that could not be read). */
  public static final int PROBLEMS = 1;
  /** Usage error, an input that cannot be used at all (missing or unreadable file), or output that cannot be written. */
  public static final int USAGE = 2;
  /** An internal error: a bug to report. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
