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

  @Override
  public String toString() {
    return member() + " " + from() + "->" + to();
  }
}
