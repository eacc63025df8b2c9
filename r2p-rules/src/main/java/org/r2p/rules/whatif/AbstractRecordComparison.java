package org.r2p.rules.whatif;

import java.util.List;
import org.immutables.value.Value;
import org.r2p.core.Outcome;
import org.r2p.core.VoteRecord;
import org.r2p.rules.CharterDecision;

/**
 * One record under a scenario compared with the baseline: both outcomes, the votes the
 * scenario changed, and those that flipped the outcome.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractRecordComparison {
  /** {@return the record as it happened} */
  public abstract VoteRecord record();

  /** {@return how the outcomes were reached} */
  public abstract Basis basis();

  /** {@return the baseline decision} */
  public abstract CharterDecision baseline();

  /** {@return the scenario decision} */
  public abstract CharterDecision scenario();

  /** {@return every vote the scenario changed} */
  public abstract List<VoteChange> changes();

  /** {@return the changes that flipped the outcome: reverting any one of them restores the baseline outcome} */
  public abstract List<VoteChange> flippedBy();

  /** {@return whether the outcome differs} */
  @Value.Derived
  public boolean outcomeChanged() {
    return baseline().outcome() != scenario().outcome();
  }

  /** {@return the baseline outcome} */
  public Outcome baselineOutcome() {
    return baseline().outcome();
  }

  /** {@return the scenario outcome} */
  public Outcome scenarioOutcome() {
    return scenario().outcome();
  }
}
