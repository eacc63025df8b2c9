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

  /**
   * Kleene's conjunction: FALSE as soon as either is FALSE, TRUE when both are TRUE, UNKNOWN
   * otherwise.
   *
   * @param other the other value
   * @return this and the other
   */
  public Ternary and(Ternary other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
  }
}
