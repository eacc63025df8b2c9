package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.Instrument;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Purpose;
import org.r2p.rules.RuleLanguage.Steps;

/**
 * Each instrument's terms, stated in its rule file, and the scope {@link R2pRules#withinScope}
 * reads from the same rule's steps (FINDINGS §3).
 */
final class InstrumentTermsTest {
  static final R2pRules RULES = CommitmentRulesTest.RULES;
  static final LocalDate D = LocalDate.of(2017, 4, 12);

  static final Map<InstrumentTerms, Steps> RULE_FILES = Map.of(
      CodeOfConductRule.TERMS, CodeOfConductRule.PARA_2_STEPS,
      FrenchPledgeRule.TERMS, FrenchPledgeRule.STEPS,
      UkPledgeRule.TERMS, UkPledgeRule.STEPS,
      FranceMexicoDeclarationRule.TERMS, FranceMexicoDeclarationRule.STEPS);

  @Test
  void eachRuleFileStatesItsOwnInstrumentsTerms_andItsBreachStepIsTheVoteForbidden() {
    RULE_FILES.forEach((terms, steps) -> {
      assertThat(steps.instrument()).isEqualTo(terms.instrument());
      StepId last = steps.breach().id();
      switch (terms.forbidden()) {
        case NO -> assertThat(last).isEqualTo(StepId.VOTED_NO);
        case VETO -> assertThat(last).isEqualTo(StepId.USED_VETO);
        default -> assertThat(steps.steps()).extracting(RuleLanguage.Step::id).contains(StepId.BINDS_OWN_VOTES);
      }
      assertThat(terms.words()).as(terms.instrument().name()).isNotBlank();
      assertThat(terms.source()).as(terms.instrument().name()).isNotBlank();
    });
    assertThat(FrenchPledgeRule.STEPS.provision()).startsWith("\"" + FrenchPledgeRule.TERMS.words() + "\"");
    assertThat(UkPledgeRule.STEPS.provision()).contains("\"" + UkPledgeRule.TERMS.words() + "\"");
  }

  /**
   * The crimes and the large-scale flag each rule file states: the values {@code Instrument}
   * gave in 0.1.0 and 0.2.0, before they moved to the rule files.
   */
  @Test
  void eachInstrumentsCrimesAndLargeScaleFlag_asTheyWereInInstrument() {
    EnumSet<AtrocityCrime> three = EnumSet.of(AtrocityCrime.GENOCIDE, AtrocityCrime.CRIMES_AGAINST_HUMANITY,
        AtrocityCrime.WAR_CRIMES);
    assertThat(CodeOfConductRule.TERMS.crimes()).isEqualTo(three);
    assertThat(CodeOfConductRule.TERMS.warCrimesOnlyOnLargeScale()).isFalse();
    assertThat(FrenchPledgeRule.TERMS.crimes()).isEqualTo(three);
    assertThat(FrenchPledgeRule.TERMS.warCrimesOnlyOnLargeScale()).isTrue();
    assertThat(FranceMexicoDeclarationRule.TERMS.crimes()).isEqualTo(three);
    assertThat(FranceMexicoDeclarationRule.TERMS.warCrimesOnlyOnLargeScale()).isTrue();
    assertThat(UkPledgeRule.TERMS.crimes()).isEqualTo(EnumSet.allOf(AtrocityCrime.class));
    assertThat(UkPledgeRule.TERMS.warCrimesOnlyOnLargeScale()).isFalse();
  }

  static Proposal aimedAt(ProposalKind kind, List<AtrocityCrime> committed, List<AtrocityCrime> risked) {
    Proposal p = CommitmentRulesTest.atrocityDraft().withKind(kind);
    AtrocityAim aim = p.atrocityAim().orElseThrow().withCrimes(committed).withRisked(risked);
    return p.withAtrocityAim(aim);
  }

  @Test
  void withinScope_eachInstrumentItsOwn() {
    Proposal genocide = aimedAt(ProposalKind.DRAFT_RESOLUTION, List.of(AtrocityCrime.GENOCIDE), List.of());
    for (Instrument i : List.of(Instrument.ACT_CODE_OF_CONDUCT, Instrument.FRENCH_PLEDGE, Instrument.UK_PLEDGE)) {
      assertThat(RULES.withinScope(i, genocide, D)).as(i.name()).isEqualTo(Ternary.TRUE);
    }
    // the declaration binds no vote
    assertThat(RULES.withinScope(Instrument.FRANCE_MEXICO_DECLARATION, genocide, D)).isEqualTo(Ternary.FALSE);
    // prevention only: the Code's "or to prevent such crimes"; not France's or the UK's
    Proposal risk = aimedAt(ProposalKind.DRAFT_RESOLUTION, List.of(), List.of(AtrocityCrime.GENOCIDE));
    assertThat(RULES.withinScope(Instrument.ACT_CODE_OF_CONDUCT, risk, D)).isEqualTo(Ternary.TRUE);
    assertThat(RULES.withinScope(Instrument.FRENCH_PLEDGE, risk, D)).isEqualTo(Ternary.FALSE);
    assertThat(RULES.withinScope(Instrument.UK_PLEDGE, risk, D)).isEqualTo(Ternary.FALSE);
    // ethnic cleansing: within the UK's "mass atrocities", outside the Code's closed list unless Q8 widens it
    Proposal ec = aimedAt(ProposalKind.DRAFT_RESOLUTION, List.of(AtrocityCrime.ETHNIC_CLEANSING), List.of());
    assertThat(RULES.withinScope(Instrument.UK_PLEDGE, ec, D)).isEqualTo(Ternary.TRUE);
    assertThat(RULES.withinScope(Instrument.ACT_CODE_OF_CONDUCT, ec, D)).isEqualTo(Ternary.FALSE);
    assertThat(RULES.withInterpretation(RULES.interpretation().withCrimeList(Interpretation.CrimeList.R2P))
        .withinScope(Instrument.ACT_CODE_OF_CONDUCT, ec, D)).isEqualTo(Ternary.TRUE);
    // war crimes of unasserted scale: France counts them only on a large scale
    Proposal war = aimedAt(ProposalKind.DRAFT_RESOLUTION, List.of(AtrocityCrime.WAR_CRIMES), List.of());
    assertThat(RULES.withinScope(Instrument.FRENCH_PLEDGE, war, D)).isEqualTo(Ternary.UNKNOWN);
    assertThat(RULES.withinScope(Instrument.ACT_CODE_OF_CONDUCT, war, D)).isEqualTo(Ternary.TRUE);
    // no aim supplied: unknown, never no
    assertThat(RULES.withinScope(Instrument.UK_PLEDGE, genocide.withAtrocityAim(Optional.empty()), D))
        .isEqualTo(Ternary.UNKNOWN);
    assertThatThrownBy(() -> RULES.withinScope(Instrument.UN_CHARTER, genocide, D))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UN_CHARTER");
  }

  @Test
  void withinScope_kindsOfProposal_andPurpose() {
    Proposal amendment = aimedAt(ProposalKind.AMENDMENT, List.of(AtrocityCrime.GENOCIDE), List.of());
    // the Code's "a credible draft resolution"; France's veto on any kind of proposal
    assertThat(RULES.withinScope(Instrument.ACT_CODE_OF_CONDUCT, amendment, D)).isEqualTo(Ternary.FALSE);
    assertThat(RULES.withinScope(Instrument.FRENCH_PLEDGE, amendment, D)).isEqualTo(Ternary.TRUE);
    R2pRules q5 = RULES.withInterpretation(RULES.interpretation()
        .withRestraintCovers(EnumSet.of(ProposalKind.DRAFT_RESOLUTION, ProposalKind.AMENDMENT)));
    assertThat(q5.withinScope(Instrument.ACT_CODE_OF_CONDUCT, amendment, D)).isEqualTo(Ternary.TRUE);
    // Q4: a commemorative draft is outside unless any operative paragraph counts
    Proposal commemorative = aimedAt(ProposalKind.DRAFT_RESOLUTION, List.of(AtrocityCrime.GENOCIDE), List.of());
    commemorative = commemorative.withAtrocityAim(commemorative.atrocityAim().orElseThrow()
        .withPurpose(Purpose.COMMEMORATIVE));
    assertThat(RULES.withinScope(Instrument.ACT_CODE_OF_CONDUCT, commemorative, D)).isEqualTo(Ternary.FALSE);
    assertThat(RULES.withInterpretation(RULES.interpretation().withMixedDrafts(Interpretation.MixedDrafts.ANY_OPERATIVE_PARA))
        .withinScope(Instrument.ACT_CODE_OF_CONDUCT, commemorative, D)).isEqualTo(Ternary.TRUE);
  }
}
