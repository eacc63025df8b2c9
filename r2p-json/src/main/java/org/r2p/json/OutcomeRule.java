package org.r2p.json;

import org.r2p.core.Council;
import org.r2p.core.Outcome;
import org.r2p.core.VoteRecord;

/**
 * Decides the Charter outcome of a record, so that the validator can warn when the recorded
 * outcome contradicts Article 27.
 *
 * @deprecated r2p-json depends on r2p-rules, whose {@code Article27} decides the outcome and
 *     whose {@code Discrepancies} compares it: use {@link VoteRecordValidator.Builder#checkOutcomes()}
 *     instead of {@code outcomeRule(Article27::outcome)}
 */
@Deprecated(since = "0.2.0", forRemoval = true)
@FunctionalInterface
public interface OutcomeRule {
  /**
   * The outcome.
   *
   * @param record the record
   * @param council the Council on its date
   * @return the outcome Article 27 gives
   */
  Outcome outcome(VoteRecord record, Council council);
}
