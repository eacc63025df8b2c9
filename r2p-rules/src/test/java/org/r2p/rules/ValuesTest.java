package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CouncilHistory;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.PermanentSeat;
import org.r2p.core.ProposalKind;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.rules.power.Fraction;
import org.r2p.rules.power.Regime;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.VoteChange;
import org.r2p.rules.whatif.WhatIf;

/** Values of the rules module: defaults computed by a builder, equality, texts. */
final class ValuesTest {
  @Test
  void interpretation_builderComputesEveryDefault() {
    Interpretation built = Interpretation.builder().build();
    assertThat(built).isEqualTo(Interpretation.defaults());
    assertThat(built.abstention()).isEqualTo(Interpretation.AbstentionReading.LETTER);
    assertThat(built.credibility()).isEqualTo(Interpretation.CredibilityTest.SELF_ASSESSMENT);
    assertThat(built.contestedAim()).isEqualTo(Interpretation.ContestedAim.INDETERMINATE);
    assertThat(built.mixedDrafts()).isEqualTo(Interpretation.MixedDrafts.PRIMARY_PURPOSE_ONLY);
    assertThat(built.restraintCovers()).isEmpty();
    assertThat(built.noOnFailedDraftBreaches()).isFalse();
    assertThat(built.vitalInterest()).isEqualTo(Interpretation.VitalInterest.NONE);
    assertThat(built.article27_3()).isEqualTo(Interpretation.Article27_3.PRACTICE);
    assertThat(built.absence()).isEqualTo(Interpretation.Absence.AS_ABSTENTION);
    assertThat(built.transitionThreshold()).isEqualTo(Interpretation.TransitionThreshold.BY_COUNCIL_SIZE);
    assertThat(built.commitmentDates()).isEqualTo(Interpretation.CommitmentDates.PER_ADHERENT);
    assertThat(built.amendmentVetoTriggersDebate()).isTrue();
    assertThat(built.positivePledge()).isEqualTo(Interpretation.PositivePledge.NOT_ENFORCED);
    assertThat(built.differencesFromDefaults()).isEmpty();
  }

  @Test
  void review_breachesEngagedAndPerState() {
    MemberState uruguay = CommitmentRulesTest.URUGUAY;
    VoteRecord r = CommitmentRulesTest.record(CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE), VotePosition.NO, 12);
    Review review = CommitmentRulesTest.RULES.review(r);
    assertThat(review.breaches()).singleElement().satisfies(f -> {
      assertThat(f.state()).hasValue(uruguay);
      assertThat(f.toString()).isEqualTo("Finding{act-code.para-2 URY S/2017/315 2017-04-12: BREACH}");
    });
    assertThat(review.engaged()).contains(review.breaches().get(0))
        .allSatisfy(f -> assertThat(f.verdict()).isNotEqualTo(Verdict.NOT_APPLICABLE));
    assertThat(review.findingsFor(uruguay)).hasSize(4).allSatisfy(f -> assertThat(f.state()).hasValue(uruguay));
    assertThat(review.findingsFor(MemberStates.USSR)).isEmpty();
    Condition c = review.breaches().get(0).explanation().conditions().get(0);
    assertThat(c.toString()).isEqualTo("instrument-in-effect=TRUE (in effect from 2015-10-23)");
    assertThat(review.breaches().get(0).explanation().conditionsText())
        .startsWith("  [TRUE] instrument-in-effect: in effect from 2015-10-23\n  [TRUE] adherent-on-vote-date: ")
        .endsWith("  [TRUE] voted-against: NO");
  }

  @Test
  void doubleVeto_notWhenThePreliminaryQuestionPasses() {
    VoteRecord prelim = CommitmentRulesTest.record(CommitmentRulesTest.atrocityDraft(), VotePosition.YES, 12);
    VoteRecord draft = prelim.withVote(MemberStates.CHINA, VotePosition.NO);
    DoubleVeto dv = DoubleVeto.decide(prelim, draft, CouncilHistory.permanentOnly().councilOn(prelim.date()),
        Interpretation.defaults());
    assertThat(dv.preliminary().vetoed()).isFalse();
    assertThat(dv.draft().classification()).isEqualTo(org.r2p.core.Classification.PROCEDURAL);
    assertThat(dv.draft().vetoed()).isFalse();
    assertThat(dv.doubleVeto()).isFalse();
    assertThat(dv.vetoCasts()).isEmpty();
    assertThat(dv.draft().explanation().facts()).contains("The preliminary question was adopted: the draft is procedural");
    VoteRecord failing = prelim;
    for (var v : prelim.votes().subList(0, 8)) {
      failing = failing.withVote(v.member(), VotePosition.ABSTAIN);
    }
    DoubleVeto notAdopted = DoubleVeto.decide(failing, draft, CouncilHistory.permanentOnly().councilOn(prelim.date()),
        Interpretation.defaults());
    assertThat(notAdopted.draft().classification()).isEqualTo(org.r2p.core.Classification.NON_PROCEDURAL);
    assertThat(notAdopted.draft().explanation().facts())
        .contains("The preliminary question was not adopted: the draft is non-procedural");
  }

  @Test
  void powerValues() {
    Fraction f = Fraction.of(6, 8);
    assertThat(f.numerator()).hasToString("3");
    assertThat(f.denominator()).hasToString("4");
    assertThat(f).isEqualTo(Fraction.of(3, 4)).hasSameHashCodeAs(Fraction.of(3, 4)).isNotEqualTo(Fraction.of(3, 5))
        .isNotEqualTo(Fraction.of(2, 4)).isNotEqualTo("3/4");
    assertThat(Fraction.of(3, 4).hashCode()).isNotEqualTo(Fraction.of(4, 3).hashCode());
    assertThat(f.toDouble()).isEqualTo(0.75);
    Regime a = Regime.withoutVeto(EnumSet.of(PermanentSeat.FRANCE));
    assertThat(a).isEqualTo(Regime.withoutVeto(EnumSet.of(PermanentSeat.FRANCE)))
        .hasSameHashCodeAs(Regime.withoutVeto(EnumSet.of(PermanentSeat.FRANCE)))
        .isNotEqualTo(Regime.CHARTER).isNotEqualTo("x");
    assertThat(a.vetoSeats()).doesNotContain(PermanentSeat.FRANCE).hasSize(4);
    assertThat(a).hasToString("Art. 27(3), no veto for [FRANCE]");
    assertThat(Regime.CHARTER).hasToString("Art. 27(3)");
    assertThat(Regime.NO_VETO.vetoSeats()).isEmpty();
    assertThat(Regime.withoutVeto(EnumSet.noneOf(PermanentSeat.class))).isEqualTo(Regime.CHARTER);
  }

  @Test
  void scenarioTexts() {
    assertThat(Scenario.baseline().name()).isEqualTo("baseline");
    assertThat(Scenario.baseline().description()).isEqualTo("Every vote as recorded.");
    assertThat(Scenario.baseline()).hasToString("baseline");
    assertThat(Scenario.universalCode().name()).isEqualTo("universal-code");
    assertThat(Scenario.universalCode().description()).startsWith("Every Council member adheres to the ACT Code");
    assertThat(Scenario.fullCompliance().andThen(Scenario.abstentionsAsNo()).description())
        .isEqualTo(Scenario.fullCompliance().description() + " Then: Every abstention counts as a negative vote.");
    assertThat(Scenario.abstentionsAsNo().name()).isEqualTo("abstentions-as-no");
    assertThat(VoteChange.of(MemberStates.CHINA, VotePosition.NO, VotePosition.ABSTAIN)).hasToString("CHN NO->ABSTAIN");
    VoteRecord r = CommitmentRulesTest.record(CommitmentRulesTest.atrocityDraft(), VotePosition.NO, 12);
    assertThat(Scenario.universalCode().position(r, r.votes().get(0),
        new org.r2p.rules.whatif.ScenarioContext(CommitmentRulesTest.RULES, CommitmentRulesTest.HISTORY.councilOn(r.date()),
            CommitmentRulesTest.RULES.decide(r)))).isEqualTo(VotePosition.NO);
    WhatIf w = WhatIf.of(CommitmentRulesTest.RULES);
    assertThat(w.rules()).isSameAs(CommitmentRulesTest.RULES);
    assertThat(w.decision(r)).isEqualTo(CommitmentRulesTest.RULES.decide(r));
  }

  @Test
  void calendar_boundaries() {
    WorkingDayCalendar c = WorkingDayCalendar.weekendsOnly();
    LocalDate friday = LocalDate.of(2022, 5, 27);
    assertThat(c.plusWorkingDays(friday, 0)).isEqualTo(friday);
    assertThat(c.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2022, 5, 30));
    assertThat(c.isWorkingDay(LocalDate.of(2022, 5, 28))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2022, 5, 29))).isFalse();
    assertThat(c.isWorkingDay(friday)).isTrue();
    // a calendar with one working day a year is still answered within the guard
    WorkingDayCalendar sparse = d -> d.getDayOfYear() == 1;
    assertThat(sparse.plusWorkingDays(LocalDate.of(2022, 1, 1), 9)).isEqualTo(LocalDate.of(2031, 1, 1));
  }
}
