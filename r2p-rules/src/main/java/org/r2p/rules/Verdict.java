package org.r2p.rules;

/** The verdict of a commitment check. */
public enum Verdict {
  /** The vote breaches the commitment. */
  BREACH,
  /** The commitment applies and the vote keeps it. */
  CONSISTENT,
  /** The commitment does not apply (no instrument yet, not an adherent, not an atrocity draft…). */
  NOT_APPLICABLE,
  /** The facts cannot decide (adherence date unknown, atrocity aim contested or not supplied…). */
  INDETERMINATE
}
