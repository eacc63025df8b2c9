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
import org.r2p.rules.Interpreter.StepRule;
import org.r2p.rules.RuleLanguage.Step;
import org.r2p.rules.RuleLanguage.Steps;

/**
 * Checks a vote against the United Kingdom's own statement (Ambassador Rycroft, 1 October
 * 2015; reaffirmed since): the UK "will never vote against credible Security Council action to
 * stop mass atrocities and crimes against humanity". It is the UK's pledge, not a paragraph of
 * the ACT Code: it is quoted and cited as the UK's statement, with its own rule id, and a vote
 * is never counted twice under two instruments' names.
 *
 * <p>Its own scope:
 *
 * <ul>
 *   <li>crimes: "mass atrocities and crimes against humanity", wider than the Code's list:
 *       ethnic cleansing is within "mass atrocities" (Q8 may replace the list);
 *   <li>action: "to stop": crimes committed or under way; a prevention-only draft, against
 *       crimes only risked, is outside it;
 *   <li>the vote forbidden: any NO on "credible Security Council action", i.e. a draft
 *       resolution (Q5 may widen it); credibility is the UK's own (Q2), and Q6 may count a
 *       draft that failed anyway as not credible. It has no positive limb: an abstention never
 *       breaches it, whatever Q1 and Q15 say.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://www.gov.uk/government/speeches/im-proud-to-say-that-the-united-kingdom-is-signing-up-to-the-act-code-of-conduct">Rycroft, 1 October 2015</a>
 */
public final class UkPledgeRule extends StepRule implements CommitmentRule {
  /** The statement. */
  public static final Citation STATEMENT = Citation.of(Instrument.UK_PLEDGE, "statement of 1 October 2015");

  private static final Instrument UK = Instrument.UK_PLEDGE;

  /**
   * The statement's terms: "mass atrocities and crimes against humanity", every atrocity crime,
   * ethnic cleansing included (Q8 may replace the list); "to stop": crimes committed or under
   * way; the vote forbidden any NO on "credible Security Council action", a draft resolution
   * (Q5 may widen it).
   */
  static final InstrumentTerms TERMS = new InstrumentTerms(UK,
      "will never vote against credible Security Council action to stop mass atrocities and crimes against humanity",
      "Ambassador Rycroft, 1 October 2015",
      InstrumentTerms.ALL_CRIMES, false, InstrumentTerms.Action.COMMITTED_OR_UNDER_WAY,
      InstrumentTerms.ForbiddenVote.NO, EnumSet.of(ProposalKind.DRAFT_RESOLUTION));

  static final Steps STEPS = Steps.of("uk-pledge", STATEMENT,
      "the United Kingdom \"" + TERMS.words() + "\" (" + TERMS.source() + "): crimes committed or under way;"
          + " mass atrocities include ethnic cleansing",
      f -> "the United Kingdom voted against credible Council action to stop mass atrocities",
      inEffect(UK), committed(UK), onCouncil(), kindCovered(TERMS.kinds()), atrocityAim(TERMS), credible(),
      Step.breachIf(StepId.VOTED_NO, f -> Ternary.of(f.position() == VotePosition.NO),
          (f, t) -> f.position() + (t == Ternary.TRUE ? ": a vote against" : ": not a vote against (no positive limb)")));

  /** The UK pledge rule. */
  public UkPledgeRule() {
    super(STEPS);
  }
}
