package org.r2p.rules.whatif;

/** How a scenario's outcome was reached. */
public enum Basis {
  /** From every member's vote, by Article 27. */
  DECIDED,
  /**
   * From a veto list without per-member votes: a veto implies the required affirmative votes
   * and lists every permanent member that voted NO, so the outcome once the
   * vetoes change follows; the other votes are unknown and left as they were.
   */
  INFERRED
}
