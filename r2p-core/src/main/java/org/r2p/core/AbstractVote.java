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
   * The member's code and the position, e.g.&nbsp;{@code "RUS=NO"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return member().code() + "=" + position();
  }
}
