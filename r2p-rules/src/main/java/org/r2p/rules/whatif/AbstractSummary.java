package org.r2p.rules.whatif;

import org.immutables.value.Value;

/**
 * Counts for one row of a summary table (a year, a member or a situation).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractSummary {
  /** {@return records in the row} */
  public abstract int records();

  /** {@return records whose outcome the scenario changed} */
  public abstract int outcomesChanged();

  /** {@return veto casts in the baseline} */
  public abstract int vetoCastsBaseline();

  /** {@return veto casts in the scenario} */
  public abstract int vetoCastsScenario();

  /** {@return vetoed records in the baseline} */
  public abstract int vetoedBaseline();

  /** {@return vetoed records in the scenario} */
  public abstract int vetoedScenario();
}
