package org.r2p.core;

/** The outcome of a vote under Charter Art.&nbsp;27. */
public enum Outcome {
  /** Adopted. */
  ADOPTED,
  /** Not adopted: enough affirmative votes, but a permanent member voted against. */
  FAILED_VETO,
  /** Not adopted: too few affirmative votes (a permanent member's NO here is no veto). */
  FAILED_INSUFFICIENT_VOTES,
  /**
   * The record lacks the votes of some members of the Council, and the ways they could have
   * voted give different outcomes: the decision names them. Never a recorded outcome.
   */
  INDETERMINATE;

  /**
   * Whether the proposal was adopted.
   *
   * @return true for ADOPTED
   */
  public boolean adopted() {
    return this == ADOPTED;
  }
}
