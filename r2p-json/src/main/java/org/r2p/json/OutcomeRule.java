package org.r2p.json;

import org.r2p.core.Council;
import org.r2p.core.Outcome;
import org.r2p.core.VoteRecord;

/**
 * Decides the Charter outcome of a record, so that the validator can warn when the recorded
 * outcome contradicts Article 27. r2p-json does not depend on the rules; pass
 * {@code Article27::outcome} from r2p-rules.
 */
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
