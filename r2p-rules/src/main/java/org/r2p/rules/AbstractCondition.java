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

  /**
   * A condition that definitely holds or definitely does not: one a rule decided from facts
   * that are all known.
   *
   * @param name the stable name
   * @param holds whether it holds
   * @param detail why, in words
   * @return the condition, TRUE or FALSE
   */
  static Condition of(String name, boolean holds, String detail) {
    return Condition.of(name, Ternary.of(holds), detail);
  }

  @Override
  public String toString() {
    return name() + "=" + result() + " (" + detail() + ")";
  }
}
