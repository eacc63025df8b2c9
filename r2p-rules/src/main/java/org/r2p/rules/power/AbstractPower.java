package org.r2p.rules.power;

import java.util.Optional;
import org.immutables.value.Value;
import org.r2p.core.MemberState;
import org.r2p.core.PermanentSeat;
import org.r2p.core.R2pStyle;

/**
 * One member's voting power.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@R2pStyle
abstract class AbstractPower {
  /** {@return the member, or a placeholder code for an elected seat whose holder is not known} */
  public abstract MemberState member();

  /** {@return its permanent seat, if it holds one} */
  public abstract Optional<PermanentSeat> seat();

  /** {@return the Shapley–Shubik index} */
  public abstract Fraction shapleyShubik();

  /** {@return coalitions in which it is a swing (winning with it, losing without it)} */
  public abstract long swings();

  /** {@return the normalised Banzhaf index: swings over all members' swings} */
  public abstract Fraction banzhaf();

  /** {@return the absolute Banzhaf index: swings over 2^(n-1)} */
  public abstract Fraction banzhafAbsolute();

  /** {@return Coleman's power to prevent action: swings over winning coalitions} */
  public abstract Fraction colemanPrevent();

  /** {@return Coleman's power to initiate action: swings over losing coalitions} */
  public abstract Fraction colemanInitiate();
}
