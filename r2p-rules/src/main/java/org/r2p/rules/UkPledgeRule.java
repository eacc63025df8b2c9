package org.r2p.rules;

import static org.r2p.rules.CommonSteps.atrocityAim;
import static org.r2p.rules.CommonSteps.committed;
import static org.r2p.rules.CommonSteps.credible;
import static org.r2p.rules.CommonSteps.inEffect;
import static org.r2p.rules.CommonSteps.kindCovered;
import static org.r2p.rules.CommonSteps.onCouncil;

import java.util.EnumSet;
import org.r2p.core.Citation;
import org.r2p.core.Instrument;
import org.r2p.core.ProposalKind;
import org.r2p.core.VotePosition;

/**
 * Checks a vote against the United Kingdom's own statement (Ambassador Rycroft, 1 October
 * 2015; reaffirmed since): the UK "will never vote against credible Security Council action to
 * stop mass atrocities and crimes against humanity". It is the UK's pledge, not a paragraph of
 * the ACT Code: it is quoted and cited as the UK's statement, with its own rule id, and a vote
 * is never counted twice under two instruments' names.
 *
 * <p>It has no positive limb: only a vote against can breach it, and an abstention never does,
 * whatever Q1 and Q15 say. Its scope is Council action, i.e. a draft resolution (Q5 may widen
 * it); the crimes are the Code's three unless Q8 says otherwise.
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://una.org.uk/news/britain-backs-initiative-restrain-security-council-veto">UNA-UK</a>
 */
public final class UkPledgeRule extends StepRule {
  /** The statement. */
  public static final Citation STATEMENT = Citation.of(Instrument.UK_PLEDGE, "statement of 1 October 2015");

  private static final Instrument UK = Instrument.UK_PLEDGE;

  // Rycroft, 1 October 2015: the UK "will never vote against credible Security Council action
  // to stop mass atrocities and crimes against humanity"
  static final Steps STEPS = Steps.of("uk-pledge", STATEMENT,
      "the United Kingdom \"will never vote against credible Security Council action to stop mass atrocities and"
          + " crimes against humanity\"",
      f -> "the United Kingdom voted against credible Council action to stop mass atrocities",
      inEffect(UK), committed(UK), onCouncil(), kindCovered(EnumSet.of(ProposalKind.DRAFT_RESOLUTION)),
      atrocityAim(UK), credible(),
      Step.breachIf(StepId.VOTED_NO, f -> Ternary.of(f.position() == VotePosition.NO),
          (f, t) -> f.position() + (t == Ternary.TRUE ? ": a vote against" : ": not a vote against (no positive limb)")));

  /** The UK pledge rule. */
  public UkPledgeRule() {
    super(STEPS);
  }
}
