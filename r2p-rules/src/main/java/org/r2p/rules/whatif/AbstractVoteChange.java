package org.r2p.rules.whatif;

import org.immutables.value.Value;
import org.r2p.core.MemberState;
import org.r2p.core.VotePosition;

/**
 * One vote changed by a scenario.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractVoteChange {
  /** {@return the member} */
  @Value.Parameter
  public abstract MemberState member();

  /** {@return its vote in the baseline} */
  @Value.Parameter
  public abstract VotePosition from();

  /** {@return its vote in the scenario} */
  @Value.Parameter
  public abstract VotePosition to();

  /**
   * Why the scenario changed the vote, when the scenario says ({@link Scenario#reason}): e.g.
   * the finding that the recorded vote breached a commitment, with its sources. Not part of
   * {@link #toString()}.
   *
   * @return the reason, if given
   */
  public abstract java.util.Optional<String> reason();

  @Override
  public String toString() {
    return member() + " " + from() + "->" + to();
  }
}
