package org.r2p.rules.power;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.r2p.core.MemberState;
import org.r2p.core.R2pStyle;

/**
 * Every member's voting power in one Council under one regime.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@R2pStyle
abstract class AbstractPowerIndices {
  /** {@return the date of the Council} */
  public abstract LocalDate date();

  /** {@return the regime} */
  public abstract Regime regime();

  /** {@return the affirmative votes required} */
  public abstract int quota();

  /** {@return the number of members} */
  public abstract int members();

  /** {@return the winning coalitions} */
  public abstract long winningCoalitions();

  /** {@return each member's power, permanent members first} */
  public abstract List<Power> powers();

  /**
   * One member's power.
   *
   * @param member the member
   * @return its power, if it sits on the Council
   */
  public Optional<Power> of(MemberState member) {
    return powers().stream().filter(p -> p.member().equals(member)).findFirst();
  }
}
