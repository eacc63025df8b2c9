package org.r2p.rules;

import org.r2p.core.Citation;
import org.r2p.core.Instrument;
import org.r2p.core.MemberStates;

/**
 * Explains what the France–Mexico Political Declaration on suspension of veto powers in
 * cases of mass atrocities (2015) binds: signatories <em>support</em> the proposal that the
 * permanent members voluntarily and collectively refrain from the veto on mass-atrocity
 * drafts. It binds no permanent member other than by its own pledge, and signatories that are
 * not permanent members undertake nothing about their own votes.
 *
 * <p>Its finding is therefore NOT_APPLICABLE for every vote, with the reason stated; France's
 * votes are judged by {@link FrenchPledgeRule}.
 *
 * <p>Stateless and thread-safe.
 */
public final class FranceMexicoDeclarationRule extends BuiltInRule {
  /** The declaration. */
  public static final Citation DECLARATION =
      Citation.of(Instrument.FRANCE_MEXICO_DECLARATION, "Political Declaration (2015)");

  static final String TEXT = "signatories support the proposal that the permanent members"
      + " voluntarily and collectively refrain from using the veto on drafts aimed at preventing"
      + " or ending mass atrocities; it is a statement of support, not a restraint on the"
      + " signatories' own votes";

  /** The France–Mexico declaration rule. */
  public FranceMexicoDeclarationRule() {}

  @Override
  public Instrument instrument() {
    return Instrument.FRANCE_MEXICO_DECLARATION;
  }

  @Override
  public Finding check(VoteContext ctx) {
    return Checklist.finding("france-mexico-declaration", instrument(), ctx, this::evaluate);
  }

  @Override
  Finding finding(VoteContext ctx, Verdict verdict) {
    return Checklist.finding("france-mexico-declaration", instrument(), ctx, verdict, this::evaluate);
  }

  @Override
  public Verdict verdict(VoteContext ctx) {
    return evaluate(ctx, false).verdict();
  }

  @Override
  void screen(RecordFacts f, byte[] out, int offset, int stride) {
    // in effect or not, the declaration binds no vote
    fill(f, out, offset, stride, NOT_APPLICABLE);
  }

  private Checklist.Checked evaluate(VoteContext ctx, boolean explain) {
    Checklist k = new Checklist(DECLARATION, TEXT, ctx, explain);
    Checklist.Checked stop = k.inEffect();
    if (stop != null) {
      return stop;
    }
    k.fact(() -> ctx.registry().statusOn(ctx.state(), Instrument.FRANCE_MEXICO_DECLARATION, ctx.date()).reason());
    String reason = ctx.state().equals(MemberStates.FRANCE)
        ? "France's own votes are bound by its unilateral pledge, checked separately"
        : "the declaration binds no signatory's own votes";
    return k.stop("binds-own-votes", Ternary.FALSE, () -> reason, Verdict.NOT_APPLICABLE, () -> reason);
  }
}
