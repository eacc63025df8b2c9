package org.r2p.rules;

/** The result of testing one condition. */
public enum Ternary {
  /** The condition holds. */
  TRUE,
  /** It does not. */
  FALSE,
  /** The facts cannot tell. */
  UNKNOWN;

  /**
   * From a boolean.
   *
   * @param b the boolean
   * @return TRUE or FALSE
   */
  public static Ternary of(boolean b) {
    return b ? TRUE : FALSE;
  }
}
