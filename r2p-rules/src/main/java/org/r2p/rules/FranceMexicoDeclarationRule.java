package org.r2p.rules;

import static org.r2p.rules.CommonSteps.inEffect;

import org.r2p.core.Citation;
import org.r2p.core.Instrument;
import org.r2p.core.MemberStates;
import org.r2p.core.VotePosition;
import org.r2p.rules.Interpreter.StepRule;
import org.r2p.rules.RuleLanguage.Step;
import org.r2p.rules.RuleLanguage.Steps;

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
public final class FranceMexicoDeclarationRule extends StepRule implements CommitmentRule {
  /** The declaration. */
  public static final Citation DECLARATION =
      Citation.of(Instrument.FRANCE_MEXICO_DECLARATION, "Political Declaration (2015)");

  /**
   * The declaration's terms: mass atrocities (genocide, crimes against humanity and war crimes
   * on a large scale), drafts aimed at preventing or ending them; the vote forbidden none: it
   * binds no signatory's own vote, and covers no kind of proposal as a restraint.
   */
  static final InstrumentTerms TERMS = new InstrumentTerms(Instrument.FRANCE_MEXICO_DECLARATION,
      "Political Declaration on suspension of veto powers in cases of mass atrocities",
      "presented by France and Mexico, showcased 30 September 2015",
      InstrumentTerms.THREE_CRIMES, true, InstrumentTerms.Action.END_OR_PREVENT, InstrumentTerms.ForbiddenVote.NONE,
      java.util.Set.of());

  static final Steps STEPS = Steps.of("france-mexico-declaration", DECLARATION,
      "signatories support the proposal that the permanent members voluntarily and collectively refrain from"
          + " using the veto on drafts aimed at preventing or ending mass atrocities; it is a statement of support,"
          + " not a restraint on the signatories' own votes",
      f -> "",
      inEffect(Instrument.FRANCE_MEXICO_DECLARATION),
      Step.applies(StepId.BINDS_OWN_VOTES, Step.Scope.RECORD, f -> Ternary.FALSE, (f, t) ->
          f.registry().statusOn(f.state(), Instrument.FRANCE_MEXICO_DECLARATION, f.date()).reason() + "; "
              + (f.state().equals(MemberStates.FRANCE)
                  ? "France's own votes are bound by its unilateral pledge, checked separately"
                  : "the declaration binds no signatory's own votes")),
      Step.breachIf(StepId.VOTED_NO, f -> Ternary.of(f.position() == VotePosition.NO), (f, t) -> f.position().toString()));

  /** The France–Mexico declaration rule. */
  public FranceMexicoDeclarationRule() {
    super(STEPS);
  }
}
