package org.r2p.rules;

import org.r2p.core.Citation;
import org.r2p.core.Instrument;
import org.r2p.core.VotePosition;

/**
 * Checks a vote against the ACT Code of Conduct (A/70/621–S/2015/978).
 *
 * <blockquote>2. [Signatories pledge] not to vote against a credible draft resolution before
 * the Security Council on timely and decisive action to end the commission of genocide,
 * crimes against humanity or war crimes, or to prevent such crimes.</blockquote>
 * (paraphrased; para 1 is a general pledge to support timely and decisive action.)
 *
 * <p>Conditions, in order: the Code existed (launched 23 October 2015); the state adhered on
 * the vote date; it sat on the Council; the proposal is of a kind restraint covers (Q5); it
 * aims to prevent or end genocide, crimes against humanity or war crimes — ethnic cleansing is
 * not listed (Q3, Q4, Q8); it is credible (Q2, Q6); the state voted NO. Abstaining does not
 * breach para 2's letter; under Q1 SPIRIT or Q15 EXPECT_YES it breaches para 1.
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://www.globalr2p.org/resources/code-of-conduct-regarding-security-council-action-against-genocide-crimes-against-humanity-or-war-crimes/">ACT Code of Conduct</a>
 */
public final class CodeOfConductRule extends BuiltInRule {
  /** Para 2: not to vote against a credible draft. */
  public static final Citation PARA_2 = Citation.of(Instrument.ACT_CODE_OF_CONDUCT, "para 2");

  /** Para 1: support timely and decisive action. */
  public static final Citation PARA_1 = Citation.of(Instrument.ACT_CODE_OF_CONDUCT, "para 1");

  static final String PARA_2_TEXT = "signatories pledge not to vote against a credible draft"
      + " resolution on timely and decisive action to end or prevent genocide, crimes against"
      + " humanity or war crimes";

  static final String PARA_1_TEXT = "signatories pledge to support timely and decisive action"
      + " to prevent or end genocide, crimes against humanity or war crimes";

  private final Citation para2;
  private final String rulePrefix;

  /** The Code rule. */
  public CodeOfConductRule() {
    this(PARA_2, "act-code");
  }

  CodeOfConductRule(Citation para2, String rulePrefix) {
    this.para2 = para2;
    this.rulePrefix = rulePrefix;
  }

  @Override
  public Instrument instrument() {
    return para2.instrument();
  }

  /** Whether this vote could breach the commitment under the interpretation. */
  static boolean canBreach(VoteContext ctx) {
    return canBreach(ctx.position(), ctx.interpretation());
  }

  private static boolean canBreach(VotePosition p, Interpretation interpretation) {
    if (p == VotePosition.NO) {
      return true;
    }
    if (p == VotePosition.YES) {
      return false;
    }
    return interpretation.abstention() == Interpretation.AbstentionReading.SPIRIT
        || interpretation.positivePledge() == Interpretation.PositivePledge.EXPECT_YES;
  }

  @Override
  public Finding check(VoteContext ctx) {
    return Checklist.finding(rulePrefix + ".para-2", instrument(), ctx, this::evaluate);
  }

  @Override
  Finding finding(VoteContext ctx, Verdict verdict) {
    return Checklist.finding(rulePrefix + ".para-2", instrument(), ctx, verdict, this::evaluate);
  }

  @Override
  public Verdict verdict(VoteContext ctx) {
    return evaluate(ctx, false).verdict();
  }

  @Override
  void screen(RecordFacts f, byte[] out, int offset, int stride) {
    int breachable = 0;
    for (VotePosition p : VotePosition.values()) {
      breachable |= canBreach(p, f.interpretation) ? 1 << p.ordinal() : 0;
    }
    screenVotes(f, out, offset, stride, instrument(), breachable);
  }

  @Override
  Verdict restOfWalk(VoteContext ctx) {
    return rest(new Checklist(para2, PARA_2_TEXT, ctx, false), ctx).verdict();
  }

  Checklist.Checked evaluate(VoteContext ctx, boolean explain) {
    Checklist k = new Checklist(para2, PARA_2_TEXT, ctx, explain);
    boolean canBreach = canBreach(ctx);
    Checklist.Checked stop = k.committedMember(canBreach);
    if (stop != null) {
      return stop;
    }
    if (!canBreach) {
      return k.stop("voted-against", Ternary.FALSE, () -> ctx.position() + " is not a vote against",
          Verdict.CONSISTENT, () -> ctx.position() == VotePosition.YES
              ? "a vote in favour keeps the pledge"
              : "abstaining does not breach the letter of para 2 (Q1 LETTER)");
    }
    return rest(k, ctx);
  }

  /**
   * The steps after the voter's own: they depend on the proposal, the decision and the
   * interpretation only, so their verdict is the same for every vote of a record that reaches
   * them (a breach, of para 2 or of para 1, or what stopped the walk).
   */
  private Checklist.Checked rest(Checklist k, VoteContext ctx) {
    Checklist.Checked stop = k.kindCovered();
    if (stop == null) {
      stop = k.atrocityAim();
    }
    if (stop == null) {
      stop = k.credible();
    }
    if (stop != null) {
      return stop;
    }
    if (ctx.position() == VotePosition.NO) {
      return k.stop("voted-against", Ternary.TRUE, () -> "NO", Verdict.BREACH,
          () -> ctx.state().name() + " voted against a credible draft to end or prevent atrocity crimes");
    }
    k.pass("voted-against", () -> ctx.position() + " is not a vote against");
    return k.finish(Verdict.BREACH, () -> ctx.interpretation().positivePledge() == Interpretation.PositivePledge.EXPECT_YES
        ? "para 1 is read as expecting a vote in favour (Q15 EXPECT_YES)"
        : "an abstention on a credible atrocity draft is read as failing para 1 (Q1 SPIRIT)", PARA_1, PARA_1_TEXT);
  }
}
