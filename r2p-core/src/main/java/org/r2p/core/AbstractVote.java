package org.r2p.core;

import org.immutables.value.Value;

/**
 * One member's vote.
 *
 * <pre>{@code
 * Vote v = Vote.of(MemberStates.RUSSIAN_FEDERATION, VotePosition.NO);
 * Vote w = v.withPosition(VotePosition.ABSTAIN); // v is unchanged
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractVote {
  /**
   * Who voted.
   *
   * @return the member
   */
  @Value.Parameter
  public abstract MemberState member();

  /**
   * How.
   *
   * @return the position
   */
  @Value.Parameter
  public abstract VotePosition position();

  /**
   * Whether this vote was not cast: a vote supposed by the user (a hypothetical vote, or one
   * not yet cast). Its findings say so, and explain it as a vote the member would cast, never
   * as a recorded fact. JSON: {@code "hypothetical": true}; absent, false.
   *
   * @return true for a hypothetical vote; false (the default) for a vote as cast
   */
  @Value.Default
  public boolean hypothetical() {
    return false;
  }

  /**
   * The member's code and the position, e.g.&nbsp;{@code "RUS=NO"}; a hypothetical vote adds
   * {@code " (hypothetical)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return member().code() + "=" + position() + (hypothetical() ? " (hypothetical)" : "");
  }
}
