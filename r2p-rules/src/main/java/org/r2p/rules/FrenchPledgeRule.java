package org.r2p.rules;

import org.jspecify.annotations.Nullable;
import org.r2p.core.Citation;
import org.r2p.core.Instrument;
import org.r2p.core.Outcome;
import org.r2p.core.VotePosition;

/**
 * Checks a vote against France's unilateral pledge (President Hollande, GA general debate,
 * 28 September 2015): France "will never use its veto where there have been mass
 * atrocities". As stated, it has no vital-interest exception and no trigger mechanism (Q7
 * may read one in); mass atrocities are genocide, crimes against humanity, and war crimes on
 * a large scale (France–Mexico conclusions, 25 September 2014).
 *
 * <p>Only a veto can breach it: a NO on a procedural matter, or on a draft that failed for
 * want of votes, is no veto (Q6 may count the latter). For a hypothetical vote checked alone,
 * whether a NO would be a veto depends on the other votes: INDETERMINATE.
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://onu.delegfrance.org/France-will-never-use-its-veto-in-cases-of-mass-atrocities">France's pledge</a>
 */
public final class FrenchPledgeRule extends BuiltInRule {
  /** The pledge. */
  public static final Citation PLEDGE = Citation.of(Instrument.FRENCH_PLEDGE, "statement of 28 September 2015");

  static final String TEXT = "France will never use its veto where there have been mass"
      + " atrocities (genocide, crimes against humanity, war crimes on a large scale)";

  /** The French pledge rule. */
  public FrenchPledgeRule() {}

  @Override
  public Instrument instrument() {
    return Instrument.FRENCH_PLEDGE;
  }

  @Override
  public Finding check(VoteContext ctx) {
    return Checklist.finding("french-pledge", instrument(), ctx, this::evaluate);
  }

  @Override
  Finding finding(VoteContext ctx, Verdict verdict) {
    return Checklist.finding("french-pledge", instrument(), ctx, verdict, this::evaluate);
  }

  @Override
  public Verdict verdict(VoteContext ctx) {
    return evaluate(ctx, false).verdict();
  }

  @Override
  void screen(RecordFacts f, byte[] out, int offset, int stride) {
    screenVotes(f, out, offset, stride, Instrument.FRENCH_PLEDGE, 1 << VotePosition.NO.ordinal());
  }

  @Override
  byte voteStep(RecordFacts f, int i) {
    Verdict notVeto = vetoStep(f.veto(i), f.count.outcome(), f.interpretation);
    return notVeto == null ? GO_ON : (byte) notVeto.ordinal();
  }

  @Override
  Verdict restOfWalk(VoteContext ctx) {
    return rest(new Checklist(PLEDGE, TEXT, ctx, false), ctx).verdict();
  }

  /** Only a veto can breach, or under Q6 a NO on a draft that failed anyway: null to go on. */
  private static @Nullable Verdict vetoStep(boolean veto, Outcome outcome, Interpretation interpretation) {
    boolean failedAnyway = outcome == Outcome.FAILED_INSUFFICIENT_VOTES;
    return !veto && !(failedAnyway && interpretation.noOnFailedDraftBreaches()) ? Verdict.CONSISTENT : null;
  }

  private Checklist.Checked evaluate(VoteContext ctx, boolean explain) {
    Checklist k = new Checklist(PLEDGE, TEXT, ctx, explain);
    boolean canBreach = ctx.position() == VotePosition.NO;
    Checklist.Checked stop = k.committedMember(canBreach);
    if (stop != null) {
      return stop;
    }
    if (!canBreach) {
      return k.stop("used-veto", Ternary.FALSE, () -> ctx.position() + " is not a veto",
          Verdict.CONSISTENT, () -> "only a veto can breach the pledge");
    }
    if (ctx.decision().isEmpty()) {
      k.fact(() -> "Whether this negative vote is a veto depends on the other votes, which are not known");
      return k.stop("used-veto", Ternary.UNKNOWN, () -> "the whole vote is not known",
          Verdict.INDETERMINATE, () -> "whether the negative vote would be a veto is not known");
    }
    CharterDecision d = ctx.decision().get();
    boolean veto = d.vetoCasts().contains(ctx.state());
    if (vetoStep(veto, d.outcome(), ctx.interpretation()) != null) {
      return k.stop("used-veto", Ternary.FALSE,
          () -> "the negative vote was not a veto (" + d.outcome() + ", " + d.classification() + ")",
          Verdict.CONSISTENT, () -> "only a veto can breach the pledge");
    }
    k.pass("used-veto", () -> veto ? "the negative vote was a veto"
        : "a negative vote on a draft that failed anyway, counted under Q6");
    return rest(k, ctx);
  }

  /**
   * The steps after the veto: they depend on the proposal and the interpretation only, so
   * their verdict is the same for every veto of a record.
   */
  private Checklist.Checked rest(Checklist k, VoteContext ctx) {
    Checklist.Checked stop = k.kindCovered();
    if (stop == null) {
      stop = k.atrocityAim();
    }
    if (stop != null) {
      return stop;
    }
    if (ctx.interpretation().vitalInterest() != Interpretation.VitalInterest.NONE) {
      return k.stop("no-vital-interest-exception", Ternary.UNKNOWN,
          () -> "under Q7 " + ctx.interpretation().vitalInterest()
              + " France may invoke its vital interests; no declaration is recorded",
          Verdict.INDETERMINATE, () -> "the vital-interest exception may apply");
    }
    k.pass("no-vital-interest-exception", () -> "the 2015 pledge has none (Q7 NONE)");
    return k.finish(Verdict.BREACH, () -> "France used its veto on a draft about mass atrocities");
  }
}
