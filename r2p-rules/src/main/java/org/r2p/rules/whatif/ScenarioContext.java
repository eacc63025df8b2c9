package org.r2p.rules.whatif;

import org.r2p.core.Council;
import org.r2p.rules.CharterDecision;
import org.r2p.rules.R2pRules;

/**
 * What a scenario may look at when it changes a record: the rules (with the scenario's own
 * registry or interpretation), the Council on the vote date, and the baseline decision.
 *
 * @param rules the rules in force in the scenario
 * @param council the Council on the vote date
 * @param baseline the decision of the record as it stands (inferred for records without
 *     per-member votes)
 */
public record ScenarioContext(R2pRules rules, Council council, CharterDecision baseline) {}
