package org.r2p.core;

/**
 * How the Security Council took a decision: by a vote in which each member's position is
 * recorded, or without a vote.
 *
 * <p>Most decisions are put to the vote, and each member votes in favour, against or abstains
 * (or is absent, or does not participate). The Council also adopts some decisions without
 * putting them to the vote: the President declares the draft adopted when no member asks for a
 * vote, which the records describe as adoption "without a vote" (often called adoption by
 * consensus), and on some occasions as adoption "by acclamation". No member's vote is then
 * recorded, so there is no tally and no negative vote, and no permanent member can have cast a
 * veto. The UN Digital Library's voting data lists each member as voting {@code Y} for such
 * adoptions by convention; r2p keeps the modality instead and invents no vote.
 *
 * <p>Each value's {@link #toString()} is its constant name.
 */
public enum DecisionModality {
  /** Put to the vote, each member's position recorded: the usual case and the default. */
  RECORDED_VOTE,
  /** Adopted without a vote: no member asked for one, so none was taken. */
  WITHOUT_VOTE,
  /** Adopted by acclamation: a form of adoption without a vote. */
  BY_ACCLAMATION;

  /**
   * Whether a vote was taken.
   *
   * @return true for {@link #RECORDED_VOTE} only
   */
  public boolean voteTaken() {
    return this == RECORDED_VOTE;
  }

  /**
   * How the modality reads in a sentence, e.g.&nbsp;"without a vote".
   *
   * @return the words
   */
  public String words() {
    switch (this) {
      case WITHOUT_VOTE:
        return "without a vote";
      case BY_ACCLAMATION:
        return "by acclamation";
      default:
        return "by a recorded vote";
    }
  }
}
