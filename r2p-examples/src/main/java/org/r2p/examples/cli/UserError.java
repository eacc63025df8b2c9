package org.r2p.examples.cli;

/** An error in what the user asked for or gave: reported as one line, exit code 2. */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message names the thing, the constraint and the value
   */
  public UserError(String message) {
    super(message);
  }
}
