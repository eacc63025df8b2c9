package org.r2p.rules;

import org.immutables.value.Value;

/**
 * One condition a rule tested, with its result and the facts behind it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCondition {
  /**
   * A stable name, e.g.&nbsp;{@code "signatory-on-vote-date"}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The result.
   *
   * @return TRUE, FALSE or UNKNOWN
   */
  @Value.Parameter
  public abstract Ternary result();

  /**
   * Why, in words.
   *
   * @return the detail
   */
  @Value.Parameter
  public abstract String detail();

  @Override
  public String toString() {
    return name() + "=" + result() + " (" + detail() + ")";
  }
}
