package org.r2p.examples.cli;

/**
 * Standard output could not be written (a closed pipe, a full disk): reported as one line with
 * the usage exit code, never as an internal error. Input that cannot be read is reported where it
 * is read, as the file's problem.
 */
final class OutputError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputError(Throwable cause) {
    super("cannot write the output: " + cause.getMessage(), cause);
  }

  /**
   * Runs a write, turning Jackson's failure to write into this error.
   *
   * @param write what writes to standard output
   */
  static void writing(Runnable write) {
    try {
      write.run();
    } catch (tools.jackson.core.exc.JacksonIOException e) {
      throw new OutputError(e.getCause() != null ? e.getCause() : e);
    }
  }
}
