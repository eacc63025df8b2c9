package org.r2p.rules;

import static org.r2p.rules.CommonSteps.atrocityAim;
import static org.r2p.rules.CommonSteps.committed;
import static org.r2p.rules.CommonSteps.credible;
import static org.r2p.rules.CommonSteps.inEffect;
import static org.r2p.rules.CommonSteps.kindCovered;
import static org.r2p.rules.CommonSteps.onCouncil;

import java.util.EnumSet;
import java.util.List;
import org.r2p.core.Citation;
import org.r2p.core.Instrument;
import org.r2p.core.ProposalKind;
import org.r2p.core.VotePosition;
import org.r2p.rules.Interpreter.StepRule;
import org.r2p.rules.RuleLanguage.Facts;
import org.r2p.rules.RuleLanguage.Step;
import org.r2p.rules.RuleLanguage.Steps;

/**
 * Checks a vote against the ACT Code of Conduct (A/70/621–S/2015/978).
 *
 * <blockquote>2. [Signatories pledge] not to vote against a credible draft resolution before
 * the Security Council on timely and decisive action to end the commission of genocide,
 * crimes against humanity or war crimes, or to prevent such crimes.</blockquote>
 * (Para 1 is a general pledge to support timely and decisive action.)
 *
 * <p>Para 2's conditions, in order: the Code existed (launched 23 October 2015); the state
 * adhered on the vote date; it sat on the Council; the proposal is a draft resolution (its
 * literal scope; Q5 may widen it); it aims to end or to prevent (crimes committed or only
 * risked) genocide, crimes against humanity or war crimes — a closed list: ethnic cleansing
 * only where it amounts to one of them (Q3, Q4, Q8); it is credible (Q2, Q6); and
 * the breach: the state voted NO. Only a NO breaches para 2.
 *
 * <p>Para 1 is a positive pledge. Under Q1 SPIRIT (an abstention, absence or non-participation)
 * or Q15 EXPECT_YES (any vote but YES or NO), a vote on a credible atrocity draft that falls
 * short of support is <em>flagged</em> against para 1 in {@link Finding#flags()}: the verdict
 * stays the one on para 2 (CONSISTENT for an abstention), never a BREACH of para 2.
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://undocs.org/A/70/621">A/70/621–S/2015/978</a>
 */
public final class CodeOfConductRule extends StepRule implements CommitmentRule {
  /** Para 2: not to vote against a credible draft. */
  public static final Citation PARA_2 = Citation.of(Instrument.ACT_CODE_OF_CONDUCT, "para 2");

  /** Para 1: support timely and decisive action. */
  public static final Citation PARA_1 = Citation.of(Instrument.ACT_CODE_OF_CONDUCT, "para 1");

  private static final Instrument CODE = Instrument.ACT_CODE_OF_CONDUCT;

  /**
   * Para 2's terms: "a credible draft resolution" (its literal scope; Q5 may widen it); the
   * action "to end the commission of ... or to prevent such crimes", crimes committed or only
   * risked; the crimes a closed list, genocide, crimes against humanity and war crimes (ethnic
   * cleansing only where it amounts to one of them; Q8 may widen it); the vote forbidden a NO.
   */
  static final InstrumentTerms TERMS = new InstrumentTerms(CODE,
      "not to vote against a credible draft resolution before the Security Council on timely and decisive action"
          + " to end the commission of genocide, crimes against humanity or war crimes, or to prevent such crimes",
      "ACT Code of Conduct, para 2 (A/70/621-S/2015/978), launched 23 October 2015",
      InstrumentTerms.THREE_CRIMES, false, InstrumentTerms.Action.END_OR_PREVENT, InstrumentTerms.ForbiddenVote.NO,
      EnumSet.of(ProposalKind.DRAFT_RESOLUTION));

  // "...not to vote against a credible draft resolution before the Security Council on timely
  // and decisive action to end the commission of genocide, crimes against humanity or war
  // crimes, or to prevent such crimes" (para 2)
  static final Steps PARA_2_STEPS = Steps.of("act-code.para-2", PARA_2,
      "signatories pledge not to vote against \"a credible draft resolution\" on timely and decisive action \"to end"
          + " the commission of genocide, crimes against humanity or war crimes, or to prevent such crimes\": ending or"
          + " preventing, the three crimes only (ethnic cleansing only where it amounts to one of them)",
      f -> f.stateName() + " voted against a credible draft to end or prevent atrocity crimes",
      inEffect(CODE), committed(CODE), onCouncil(), kindCovered(TERMS.kinds()), atrocityAim(TERMS), credible(),
      Step.breachIf(StepId.VOTED_NO, f -> Ternary.of(f.position() == VotePosition.NO),
          (f, t) -> t == Ternary.TRUE ? "NO" : f.position() + " is not a vote against"));

  // "...to support timely and decisive action aimed at preventing or ending the commission of
  // genocide, crimes against humanity or war crimes" (para 1): read as a pledge on votes only
  // under Q1 SPIRIT or Q15 EXPECT_YES; a NO is para 2's, not counted twice
  static final Steps PARA_1_STEPS = Steps.of("act-code.para-1", PARA_1,
      "signatories pledge to support timely and decisive action to prevent or end genocide, crimes against"
          + " humanity or war crimes",
      f -> f.stateName() + " did not support a credible draft to end or prevent atrocity crimes ("
          + (readsPara1(f.interpretation()) ? describePara1(f.interpretation()) : "") + ")",
      Step.applies(StepId.PARA_1_CHECKED, Step.Scope.RECORD, f -> Ternary.of(readsPara1(f.interpretation())),
          (f, t) -> t == Ternary.TRUE ? describePara1(f.interpretation()) : "para 1 is aspirational (Q1 LETTER, Q15 NOT_ENFORCED)"),
      inEffect(CODE), committed(CODE), onCouncil(), kindCovered(TERMS.kinds()), atrocityAim(TERMS), credible(),
      Step.breachIf(StepId.FELL_SHORT, CodeOfConductRule::fellShort,
          (f, t) -> f.position() + (t == Ternary.TRUE ? " falls short of support" : " does not fall short of support")));

  /** The Code rule: para 2, with para 1 as a flag. */
  public CodeOfConductRule() {
    super(PARA_2_STEPS);
  }

  private static boolean readsPara1(Interpretation i) {
    return i.abstention() == Interpretation.AbstentionReading.SPIRIT
        || i.positivePledge() == Interpretation.PositivePledge.EXPECT_YES;
  }

  private static String describePara1(Interpretation i) {
    return i.positivePledge() == Interpretation.PositivePledge.EXPECT_YES
        ? "para 1 is read as expecting a vote in favour (Q15 EXPECT_YES)"
        : "an abstention is read as failing para 1 (Q1 SPIRIT)";
  }

  private static Ternary fellShort(Facts f) {
    VotePosition p = f.position();
    return Ternary.of(p != VotePosition.YES && p != VotePosition.NO);
  }

  @Override
  List<String> flags(Facts f, Verdict verdict) {
    if (!readsPara1(f.interpretation()) || verdict == Verdict.BREACH
        || Interpreter.verdict(PARA_1_STEPS, f) != Verdict.BREACH) {
      return List.of();
    }
    return List.of(PARA_1 + ": " + PARA_1_STEPS.breachReason().apply(f) + "; a flag against para 1, not a breach of para 2");
  }
}
