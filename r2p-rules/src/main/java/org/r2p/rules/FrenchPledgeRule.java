package org.r2p.rules;

import static org.r2p.rules.CommonSteps.atrocityAim;
import static org.r2p.rules.CommonSteps.committed;
import static org.r2p.rules.CommonSteps.inEffect;
import static org.r2p.rules.CommonSteps.kindCovered;
import static org.r2p.rules.CommonSteps.onCouncil;

import java.util.EnumSet;
import org.r2p.core.Citation;
import org.r2p.core.Instrument;
import org.r2p.core.Outcome;
import org.r2p.core.ProposalKind;
import org.r2p.core.VotePosition;

/**
 * Checks a vote against France's unilateral pledge, in President Hollande's words at the
 * General Assembly's general debate of 28 September 2015: France "will never use its veto in
 * cases of mass atrocities". As stated, it has no vital-interest exception and no trigger
 * mechanism (Q7 may read one in).
 *
 * <p>What "mass atrocities" covers is the interpretation used, not Hollande's words: genocide,
 * crimes against humanity and war crimes on a large scale, the list of the France–Mexico
 * conclusions of 25 September 2014 (Q8 may replace it).
 *
 * <p>The pledge covers <em>any</em> veto: on a draft resolution, an amendment, a preliminary
 * question or a separate-paragraph vote (Q5 may narrow it). Only a veto can breach it: a NO on
 * a procedural matter, or on a draft that failed for want of votes, is no veto (Q6 may count
 * the latter). For a hypothetical vote checked alone, whether a NO would be a veto depends on
 * the other votes: INDETERMINATE.
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://onu.delegfrance.org/France-will-never-use-its-veto-in-cases-of-mass-atrocities">France's pledge</a>
 */
public final class FrenchPledgeRule extends StepRule {
  /** The pledge. */
  public static final Citation PLEDGE = Citation.of(Instrument.FRENCH_PLEDGE, "statement of 28 September 2015");

  private static final Instrument FRANCE = Instrument.FRENCH_PLEDGE;

  // Hollande, 28 September 2015: France "will never use its veto in cases of mass atrocities"
  static final Steps STEPS = Steps.of("french-pledge", PLEDGE,
      "France \"will never use its veto in cases of mass atrocities\" (Hollande); mass atrocities read as genocide,"
          + " crimes against humanity and war crimes on a large scale (the France-Mexico conclusions of"
          + " 25 September 2014: the interpretation used, not the pledge's words)",
      f -> "France used its veto on a proposal about mass atrocities",
      inEffect(FRANCE), committed(FRANCE), onCouncil(), kindCovered(EnumSet.allOf(ProposalKind.class)),
      atrocityAim(FRANCE),
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

  /** A veto, or under Q6 a NO on a draft that failed for want of votes anyway. */
  private static Ternary usedVeto(Facts f) {
    if (f.position() != VotePosition.NO) {
      return Ternary.FALSE;
    }
    Ternary veto = f.veto();
    return veto == Ternary.FALSE && failedAnywayCounts(f) ? Ternary.TRUE : veto;
  }

  private static boolean failedAnywayCounts(Facts f) {
    Article27.Count c = f.count();
    return c != null && c.outcome() == Outcome.FAILED_INSUFFICIENT_VOTES && f.interpretation().noOnFailedDraftBreaches();
  }

  private static String vetoDetail(Facts f, Ternary t) {
    if (f.position() != VotePosition.NO) {
      return f.position() + " is not a veto";
    }
    if (t == Ternary.UNKNOWN) {
      return "whether this negative vote is a veto depends on the other votes, which are not known";
    }
    Article27.Count c = f.count();
    if (t == Ternary.TRUE) {
      return f.veto() == Ternary.TRUE ? "the negative vote was a veto"
          : "a negative vote on a draft that failed anyway, counted under Q6";
    }
    return "the negative vote was not a veto (" + c.outcome() + ")";
  }
}
