package org.r2p.rules;

/**
 * The verdict of a commitment check, from its two answers ({@link Finding#applies()} and
 * whether the vote is of the kind the instrument forbids):
 *
 * <table>
 *   <caption>How the verdict follows from the two answers</caption>
 *   <tr><th>applies</th><th>forbidden vote</th><th>verdict</th></tr>
 *   <tr><td>FALSE</td><td>any</td><td>NOT_APPLICABLE</td></tr>
 *   <tr><td>TRUE</td><td>TRUE</td><td>BREACH</td></tr>
 *   <tr><td>TRUE</td><td>FALSE</td><td>CONSISTENT</td></tr>
 *   <tr><td>UNKNOWN</td><td>FALSE</td><td>NO_BREACH</td></tr>
 *   <tr><td>UNKNOWN</td><td>TRUE or UNKNOWN</td><td>INDETERMINATE</td></tr>
 *   <tr><td>TRUE</td><td>UNKNOWN</td><td>INDETERMINATE</td></tr>
 * </table>
 *
 * <p>Resolving an UNKNOWN never changes BREACH, CONSISTENT or NOT_APPLICABLE, and turns
 * NO_BREACH only into CONSISTENT or NOT_APPLICABLE.
 */
public enum Verdict {
  /** The vote breaches the commitment. */
  BREACH,
  /** The commitment applies and the vote keeps it. */
  CONSISTENT,
  /** The commitment does not apply (no instrument yet, not an adherent, not an atrocity draft…). */
  NOT_APPLICABLE,
  /** A breach is possible and the facts cannot decide (the aim not supplied, a NO whose veto is unknown…). */
  INDETERMINATE,
  /**
   * The vote cannot breach the commitment, whether or not it applies: whether it applies is
   * open (the state's status, the aim, credibility…), but the vote is not of the kind the
   * instrument forbids (a YES, an abstention under the Code's letter, a French NO that is no
   * veto). Its explanation names the open facts as not deciding it.
   */
  NO_BREACH;

  /**
   * The verdict from the two answers of a check.
   *
   * @param applies whether the commitment applies
   * @param forbidden whether the vote is of the kind the instrument forbids
   * @return the verdict, by the table above
   */
  public static Verdict of(Ternary applies, Ternary forbidden) {
    if (applies == Ternary.FALSE) {
      return NOT_APPLICABLE;
    }
    if (forbidden == Ternary.FALSE) {
      return applies == Ternary.TRUE ? CONSISTENT : NO_BREACH;
    }
    return applies == Ternary.TRUE && forbidden == Ternary.TRUE ? BREACH : INDETERMINATE;
  }

  /**
   * Whether the vote breaches: {@code applies ∧ forbidden}, as the verdict says it.
   *
   * @return TRUE for BREACH, UNKNOWN for INDETERMINATE, FALSE otherwise
   */
  public Ternary breach() {
    return this == BREACH ? Ternary.TRUE : this == INDETERMINATE ? Ternary.UNKNOWN : Ternary.FALSE;
  }
}
