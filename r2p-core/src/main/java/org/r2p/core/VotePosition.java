package org.r2p.core;

/**
 * How a member voted. Only YES counts towards adoption; under settled practice ABSTAIN,
 * ABSENT and NOT_PARTICIPATING never block it (Charter Art. 27(3) as read since 1946;
 * ICJ, Namibia Advisory Opinion, 1971, para. 22).
 */
public enum VotePosition {
  /** An affirmative vote. */
  YES,
  /** A negative vote; by a permanent member on a non-procedural draft with enough YES: a veto. */
  NO,
  /** An abstention. */
  ABSTAIN,
  /** Not present. */
  ABSENT,
  /** Present and not voting. */
  NOT_PARTICIPATING;

  /**
   * The one-letter code used in datasets: Y, N, A, X (absent), P (not participating).
   *
   * @return the letter
   */
  public char letter() {
    switch (this) {
      case YES:
        return 'Y';
      case NO:
        return 'N';
      case ABSTAIN:
        return 'A';
      case ABSENT:
        return 'X';
      default:
        return 'P';
    }
  }

  /**
   * The position for a one-letter code.
   *
   * @param letter Y, N, A, X or P
   * @return the position
   * @throws IllegalArgumentException for any other letter
   */
  public static VotePosition ofLetter(char letter) {
    for (VotePosition p : values()) {
      if (p.letter() == letter) {
        return p;
      }
    }
    throw new IllegalArgumentException("vote letter must be one of Y, N, A, X, P: '" + letter + "'");
  }
}
