package org.r2p.rules;

import static org.r2p.rules.CommonSteps.atrocityAim;
import static org.r2p.rules.CommonSteps.committed;
import static org.r2p.rules.CommonSteps.inEffect;
import static org.r2p.rules.CommonSteps.kindCovered;
import static org.r2p.rules.CommonSteps.onCouncil;

import java.util.EnumSet;
import org.r2p.core.Citation;
import org.r2p.core.Instrument;
import org.r2p.core.ProposalKind;
import org.r2p.core.VotePosition;
import org.r2p.rules.Interpreter.StepRule;
import org.r2p.rules.RuleLanguage.Facts;
import org.r2p.rules.RuleLanguage.Step;
import org.r2p.rules.RuleLanguage.Steps;

/**
 * Checks a vote against France's unilateral pledge, in President Hollande's words at the UN
 * General Assembly on 28 September 2015 (official English text): "France will never use its
 * right of veto where there have been mass atrocities". As stated, it has no vital-interest
 * exception and no trigger mechanism (Q7 may read one in).
 *
 * <p>Its own scope:
 *
 * <ul>
 *   <li>crimes: what "mass atrocities" covers is the reading used, not Hollande's words:
 *       genocide, crimes against humanity and war crimes on a large scale, the list of the
 *       France–Mexico conclusions of 25 September 2014 (Q8 may replace it);
 *   <li>action: "where there have been mass atrocities": crimes committed or under way; a
 *       prevention-only draft, against crimes only risked, is outside it;
 *   <li>the vote forbidden: its <em>veto</em>, a NO that is a veto cast in the decision under
 *       Art. 27(3), on any kind of proposal (a draft resolution, an amendment, a preliminary
 *       question, a separate-paragraph vote; Q5 may narrow it). A NO that is no veto (on a
 *       procedural matter, or on a draft that failed for want of votes) never breaches it,
 *       whatever Q6 says: Q6 is a question about instruments that forbid a NO. For a
 *       hypothetical vote checked alone, or a record whose missing votes could decide it,
 *       whether a NO is a veto is UNKNOWN.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://franceintheus.org/spip.php?article7071">Hollande, UN General Assembly, 28 September 2015</a>
 */
public final class FrenchPledgeRule extends StepRule implements CommitmentRule {
  /** The pledge. */
  public static final Citation PLEDGE = Citation.of(Instrument.FRENCH_PLEDGE, "statement of 28 September 2015");

  private static final Instrument FRANCE = Instrument.FRENCH_PLEDGE;

  /**
   * The pledge's terms: "where there have been mass atrocities", crimes committed or under way;
   * mass atrocities read as genocide, crimes against humanity and war crimes on a large scale
   * (the France–Mexico conclusions of 25 September 2014: the reading used, not the pledge's
   * words; Q8 may replace it); the vote forbidden its veto, on any kind of proposal (Q5 may
   * narrow it).
   */
  static final InstrumentTerms TERMS = new InstrumentTerms(FRANCE,
      "France will never use its right of veto where there have been mass atrocities",
      "President Hollande, UN General Assembly, 28 September 2015 (official English text)",
      InstrumentTerms.THREE_CRIMES, true, InstrumentTerms.Action.COMMITTED_OR_UNDER_WAY,
      InstrumentTerms.ForbiddenVote.VETO, EnumSet.allOf(ProposalKind.class));

  static final Steps STEPS = Steps.of("french-pledge", PLEDGE,
      "\"" + TERMS.words() + "\" (President Hollande, UN General Assembly, 28 September 2015): its veto, on any"
          + " kind of proposal, where crimes have been committed or are under way; mass atrocities read as genocide,"
          + " crimes against humanity and war crimes on a large scale (the France-Mexico conclusions of 25 September 2014: the reading used, not the pledge's words)",
      f -> "France used its veto where there have been mass atrocities",
      inEffect(FRANCE), committed(FRANCE), onCouncil(), kindCovered(TERMS.kinds()), atrocityAim(TERMS),
      Step.applies(StepId.NO_VITAL_INTEREST, Step.Scope.RECORD,
          f -> f.interpretation().vitalInterest() == Interpretation.VitalInterest.NONE ? Ternary.TRUE : Ternary.UNKNOWN,
          (f, t) -> t == Ternary.TRUE ? "the 2015 pledge has none (Q7 NONE)"
              : "under Q7 " + f.interpretation().vitalInterest() + " France may invoke its vital interests; no"
                  + " declaration is recorded"),
      Step.breachIf(StepId.USED_VETO, FrenchPledgeRule::usedVeto, FrenchPledgeRule::vetoDetail));

  /** The French pledge rule. */
  public FrenchPledgeRule() {
    super(STEPS);
  }

  /** Its veto: a NO that is a veto cast in the decision; never a NO that is no veto (Q6 does not reach it). */
  private static Ternary usedVeto(Facts f) {
    return f.position() != VotePosition.NO ? Ternary.FALSE : f.veto();
  }

  private static String vetoDetail(Facts f, Ternary t) {
    if (f.position() != VotePosition.NO) {
      return f.position() + " is not a veto";
    }
    if (t == Ternary.UNKNOWN) {
      return "whether this negative vote is a veto depends on the other votes, which are not known";
    }
    if (t == Ternary.TRUE) {
      return "the negative vote was a veto";
    }
    Article27.Count c = f.count();
    return "the negative vote was not a veto" + (c == null ? "" : " (" + c.outcome() + ")")
        + "; only a veto can breach the pledge, whatever Q6 says";
  }
}
