package org.r2p.rules.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Council;
import org.r2p.core.CouncilHistory;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.ElectedTerm;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Outcome;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Situation;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Interpretation;
import org.r2p.rules.R2pRules;

final class WhatIfTest {
  static final String Y2014 = "ARG AUS TCD CHL JOR LTU LUX NGA KOR RWA";

  static CouncilHistory history(int year, String codes) {
    List<ElectedTerm> t = new java.util.ArrayList<>();
    for (String c : codes.split(" ")) {
      t.add(ElectedTerm.ofYear(MemberStates.byCode(c).orElseThrow(), year));
    }
    return CouncilHistory.of(t);
  }

  /** S/2014/348 as in DOMAIN §7 row 14. */
  static VoteRecord iccReferral() {
    Proposal p = Proposal.builder().symbol(DocumentSymbol.parse("S/2014/348")).date(LocalDate.of(2014, 5, 22))
        .subject("Syria: referral to the ICC")
        .atrocityAim(AtrocityAim.builder().assessment(Assessment.YES).addCrimes(AtrocityCrime.WAR_CRIMES)
            .assertedBy("DOMAIN §7.1").build())
        .build();
    VoteRecord.Builder b = VoteRecord.builder().proposal(p).date(p.date()).recordedOutcome(Outcome.FAILED_VETO)
        .addRecordedVetoCasts(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION);
    b.addVotes(org.r2p.core.Vote.of(MemberStates.CHINA, VotePosition.NO),
        org.r2p.core.Vote.of(MemberStates.FRANCE, VotePosition.YES),
        org.r2p.core.Vote.of(MemberStates.RUSSIAN_FEDERATION, VotePosition.NO),
        org.r2p.core.Vote.of(MemberStates.UNITED_KINGDOM, VotePosition.YES),
        org.r2p.core.Vote.of(MemberStates.UNITED_STATES, VotePosition.YES));
    for (String c : Y2014.split(" ")) {
      b.addVotes(org.r2p.core.Vote.of(MemberStates.byCode(c).orElseThrow(), VotePosition.YES));
    }
    return b.build();
  }

  static final R2pRules RULES_2014 = R2pRules.builder().councilHistory(history(2014, Y2014)).build();

  @Test
  void hadRussiaAbstainedOnS2014_348_chinasVetoStands() {
    RecordComparison c = WhatIf.of(RULES_2014).run(iccReferral(),
        Scenario.vote(DocumentSymbol.parse("S/2014/348"), MemberStates.RUSSIAN_FEDERATION, VotePosition.ABSTAIN));
    assertThat(c.basis()).isEqualTo(Basis.DECIDED);
    assertThat(c.changes()).containsExactly(VoteChange.of(MemberStates.RUSSIAN_FEDERATION, VotePosition.NO, VotePosition.ABSTAIN));
    assertThat(c.outcomeChanged()).isFalse();
    assertThat(c.scenario().vetoCasts()).containsExactly(MemberStates.CHINA);
    assertThat(c.flippedBy()).isEmpty();
  }

  @Test
  void hadBothAbstained_adopted_andEachAbstentionFlipsIt() {
    Scenario both = Scenario.vote(DocumentSymbol.parse("S/2014/348"), MemberStates.RUSSIAN_FEDERATION, VotePosition.ABSTAIN)
        .andThen(Scenario.vote(DocumentSymbol.parse("S/2014/348"), MemberStates.CHINA, VotePosition.ABSTAIN));
    RecordComparison c = WhatIf.of(RULES_2014).run(iccReferral(), both);
    assertThat(c.scenarioOutcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(c.flippedBy()).extracting(VoteChange::member)
        .containsExactlyInAnyOrder(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION);
    assertThat(both.name()).contains("+");
  }

  @Test
  void abstentionsAsNo_turnsAPermanentAbstentionIntoAVeto() {
    VoteRecord r = iccReferral().withVote(MemberStates.CHINA, VotePosition.ABSTAIN)
        .withVote(MemberStates.RUSSIAN_FEDERATION, VotePosition.ABSTAIN);
    RecordComparison c = WhatIf.of(RULES_2014).run(r, Scenario.abstentionsAsNo());
    assertThat(c.baselineOutcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(c.scenarioOutcome()).isEqualTo(Outcome.FAILED_VETO);
  }

  @Test
  void vetoListWithoutVotes_inferred() {
    VoteRecord r = VoteRecord.builder()
        .proposal(Proposal.builder().date(LocalDate.of(1946, 2, 16)).subject("Syria and Lebanon").build())
        .date(LocalDate.of(1946, 2, 16)).recordedOutcome(Outcome.FAILED_VETO).addRecordedVetoCasts(MemberStates.USSR).build();
    WhatIf w = WhatIf.of(R2pRules.builder().build());
    RecordComparison base = w.run(r, Scenario.baseline());
    assertThat(base.basis()).isEqualTo(Basis.INFERRED);
    assertThat(base.baseline().vetoCasts()).containsExactly(MemberStates.USSR);
    assertThat(base.outcomeChanged()).isFalse();
    RecordComparison c = w.run(r, Scenario.vote(x -> true, MemberStates.USSR, VotePosition.ABSTAIN));
    assertThat(c.scenarioOutcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(c.scenario().explanation().outcome()).isEqualTo("ADOPTED (INFERRED)");
    assertThat(c.flippedBy()).hasSize(1);
  }

  static Proposal credibleGenocideDraft(LocalDate d) {
    return Proposal.builder().date(d).subject("genocide draft")
        .atrocityAim(AtrocityAim.builder().assessment(Assessment.YES).addCrimes(AtrocityCrime.GENOCIDE).assertedBy("user").build())
        .credible(Assessment.YES).credibleAssertedBy("user").build();
  }

  @Test
  void fullCompliance_franceKeepsItsPledge() {
    LocalDate d = LocalDate.of(2017, 4, 12);
    VoteRecord r = iccReferral().withDate(d).withProposal(credibleGenocideDraft(d))
        .withVote(MemberStates.CHINA, VotePosition.YES).withVote(MemberStates.RUSSIAN_FEDERATION, VotePosition.YES)
        .withVote(MemberStates.FRANCE, VotePosition.NO);
    CommitmentRegistry reg = CommitmentRegistry.builder().add(Adherence.builder().state(MemberStates.FRANCE)
        .instrument(Instrument.FRENCH_PLEDGE).from(LocalDate.of(2015, 9, 28)).source("test").build()).build();
    R2pRules rules = R2pRules.builder().councilHistory(history(2017, Y2014)).registry(reg).build();
    RecordComparison c = WhatIf.of(rules).run(r, Scenario.fullCompliance());
    assertThat(c.baselineOutcome()).isEqualTo(Outcome.FAILED_VETO);
    assertThat(c.changes()).singleElement().satisfies(ch -> {
      assertThat(ch.withReason(java.util.Optional.empty()))
          .isEqualTo(VoteChange.of(MemberStates.FRANCE, VotePosition.NO, VotePosition.ABSTAIN));
      // the change says which finding it acts on: France's pledge, in its own words
      assertThat(ch.reason().orElseThrow()).startsWith("breached ").contains("French pledge")
          .contains("FRA adhered to French pledge from 2015-09-28 (test)").contains("asserted by user");
    });
    assertThat(c.scenarioOutcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void universalCode_russiaKeepsTheCode() {
    LocalDate d = LocalDate.of(2017, 4, 12);
    VoteRecord r = iccReferral().withDate(d).withProposal(credibleGenocideDraft(d))
        .withVote(MemberStates.CHINA, VotePosition.ABSTAIN);
    R2pRules byDefault = R2pRules.builder().councilHistory(history(2017, Y2014)).build();
    // under Q2 SELF_ASSESSMENT the user's assessment cannot stand for Russia's own: supposing nothing, no breach is certain
    assertThat(WhatIf.of(byDefault).run(r, Scenario.universalCode(Interpretation.CredibilityTest.SELF_ASSESSMENT))
        .changes()).isEmpty();
    // the scenario's own supposition (the draft won the votes required) decides, and each change says it rests on it
    RecordComparison supposed = WhatIf.of(byDefault).run(r, Scenario.universalCode());
    assertThat(supposed.changes()).extracting(VoteChange::toString).containsExactly("RUS NO->ABSTAIN");
    assertThat(supposed.changes().get(0).reason().orElseThrow()).contains("Q2 MAJORITY_SUPPORT")
        .endsWith("that the state judged the draft credible is the scenario's supposition (Q2 MAJORITY_SUPPORT in place"
            + " of SELF_ASSESSMENT), not a recorded judgement");
    R2pRules rules = byDefault.withInterpretation(Interpretation.defaults()
        .withCredibility(Interpretation.CredibilityTest.USER_SUPPLIED));
    RecordComparison none = WhatIf.of(rules).run(r, Scenario.fullCompliance());
    assertThat(none.changes()).isEmpty();
    RecordComparison c = WhatIf.of(rules).run(r, Scenario.universalCode());
    assertThat(c.changes()).extracting(VoteChange::toString).containsExactly("RUS NO->ABSTAIN");
    assertThat(c.changes().get(0).reason().orElseThrow()).startsWith("breached ACT Code of Conduct para 2: ")
        .contains("(scenario: universal Code)").contains("asserted by user").contains("Q2 USER_SUPPLIED")
        // the rules' own reading of Q2 stands: nothing is supposed
        .doesNotContain("supposition");
    assertThat(c.scenarioOutcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void permanentRestraint_onlyOnAtrocityDraftsAndFromItsDate() {
    WhatIf w = WhatIf.of(RULES_2014);
    RecordComparison restrained = w.run(iccReferral(), Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.of(2011, 1, 1)));
    assertThat(restrained.scenarioOutcome()).isEqualTo(Outcome.ADOPTED);
    // each change names the assessment it rests on and who asserted it
    assertThat(restrained.changes()).isNotEmpty().allSatisfy(ch -> assertThat(ch.reason().orElseThrow())
        .contains("aimed at atrocity crimes (" + iccReferral().proposal().atrocityAim().orElseThrow().assessment()
            + ", asserted by " + iccReferral().proposal().atrocityAim().orElseThrow().assertedBy())
        .endsWith("becomes ABSTAIN from 2011-01-01"));
    // a scenario without a rule for reasons gives none
    assertThat(WhatIf.of(RULES_2014).run(iccReferral(), Scenario.abstentionsAsNo()).changes())
        .allSatisfy(ch -> assertThat(ch.reason()).isEmpty());
    assertThat(w.run(iccReferral(), Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.of(2015, 1, 1)))
        .outcomeChanged()).isFalse();
    VoteRecord untagged = iccReferral().withProposal(iccReferral().proposal().withAtrocityAim(Optional.empty()));
    assertThat(w.run(untagged, Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.of(2011, 1, 1)))
        .outcomeChanged()).isFalse();
  }

  /**
   * The scenario asks the Code's rule whether a proposal is within its scope: "a credible draft
   * resolution", so an amendment only under Q5 (its own copy of the test once counted
   * amendments by default, and ignored Q4).
   */
  @Test
  void permanentRestraint_theCodesOwnScope() {
    Scenario p5 = Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.of(2011, 1, 1));
    VoteRecord amendment = iccReferral().withProposal(iccReferral().proposal().withKind(ProposalKind.AMENDMENT));
    assertThat(WhatIf.of(RULES_2014).run(amendment, p5).changes()).isEmpty();
    R2pRules q5 = RULES_2014.withInterpretation(RULES_2014.interpretation()
        .withRestraintCovers(java.util.EnumSet.of(ProposalKind.DRAFT_RESOLUTION, ProposalKind.AMENDMENT)));
    assertThat(WhatIf.of(q5).run(amendment, p5).scenarioOutcome()).isEqualTo(Outcome.ADOPTED);
    VoteRecord commemorative = iccReferral().withProposal(iccReferral().proposal().withAtrocityAim(
        iccReferral().proposal().atrocityAim().orElseThrow().withPurpose(org.r2p.core.Purpose.COMMEMORATIVE)));
    assertThat(WhatIf.of(RULES_2014).run(commemorative, p5).changes()).isEmpty();
  }

  @Test
  void pivotal_theTwoVetoersTogether() {
    Council c = history(2014, Y2014).councilOn(LocalDate.of(2014, 5, 22));
    List<List<VoteChange>> sets = Pivotal.minimalFlips(iccReferral(), c, Interpretation.defaults(), 3);
    assertThat(sets).hasSize(4).allSatisfy(s -> assertThat(s).extracting(VoteChange::member)
        .containsExactly(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION));
    assertThatThrownBy(() -> Pivotal.minimalFlips(iccReferral().withVotes(List.of()), c, Interpretation.defaults(), 3))
        .hasMessage("pivotal analysis needs every member's vote: S/2014/348 has 0 of 15");
    assertThatThrownBy(() -> Pivotal.minimalFlips(iccReferral(), c, Interpretation.defaults(), 0))
        .hasMessage("maxSize must be between 1 and 15: 0");
    assertThatThrownBy(() -> Pivotal.minimalFlips(iccReferral(), c, Interpretation.defaults(), 16))
        .hasMessage("maxSize must be between 1 and 15: 16");
    // two changes are needed: none within one, all four within exactly two
    assertThat(Pivotal.minimalFlips(iccReferral(), c, Interpretation.defaults(), 1)).isEmpty();
    assertThat(Pivotal.minimalFlips(iccReferral(), c, Interpretation.defaults(), 2)).hasSize(4);
    assertThat(Pivotal.minimalFlips(iccReferral(), c, Interpretation.defaults(), 15)).hasSize(4);
  }

  @Test
  void pivotal_exactlyNineYes_everyYesIsPivotal() {
    VoteRecord r = iccReferral().withVote(MemberStates.CHINA, VotePosition.YES).withVote(MemberStates.RUSSIAN_FEDERATION, VotePosition.YES);
    for (String code : "ARG AUS TCD CHL".split(" ")) {
      r = r.withVote(MemberStates.byCode(code).orElseThrow(), VotePosition.ABSTAIN);
    }
    Council c = history(2014, Y2014).councilOn(LocalDate.of(2014, 5, 22));
    List<List<VoteChange>> sets = Pivotal.minimalFlips(r, c, Interpretation.defaults(), 2);
    // 11 YES: no single change flips except a permanent NO (5 ways)
    assertThat(sets).hasSize(5).allSatisfy(s -> assertThat(s.get(0).to()).isEqualTo(VotePosition.NO));
  }

  @Test
  void pivotal_anAbstainerCanCarryADraftShortOfOneVote() {
    Council c = history(2014, Y2014).councilOn(LocalDate.of(2014, 5, 22));
    VoteRecord r = iccReferral().withVote(MemberStates.CHINA, VotePosition.ABSTAIN)
        .withVote(MemberStates.RUSSIAN_FEDERATION, VotePosition.ABSTAIN);
    for (String code : "ARG AUS TCD CHL JOR".split(" ")) {
      r = r.withVote(MemberStates.byCode(code).orElseThrow(), VotePosition.ABSTAIN);
    }
    assertThat(r.tally().yes()).isEqualTo(8);
    List<List<VoteChange>> sets = Pivotal.minimalFlips(r, c, Interpretation.defaults(), 3);
    // any of the 7 abstainers voting YES adopts it
    assertThat(sets).hasSize(7).allSatisfy(s -> {
      assertThat(s).hasSize(1);
      assertThat(s.get(0).from()).isEqualTo(VotePosition.ABSTAIN);
      assertThat(s.get(0).to()).isEqualTo(VotePosition.YES);
    });
  }

  @Test
  void property_theBaselineScenarioChangesNothing() {
    Council c = history(2014, Y2014).councilOn(LocalDate.of(2014, 5, 22));
    qt().forAll(org.quicktheories.generators.SourceDSL.lists().of(
            org.quicktheories.generators.SourceDSL.integers().between(0, 4)).ofSize(15))
        .checkAssert(pos -> {
          VoteRecord r = iccReferral();
          int k = 0;
          for (MemberState m : c.members()) {
            r = r.withVote(m, VotePosition.values()[pos.get(k++)]);
          }
          RecordComparison x = WhatIf.of(RULES_2014).run(r, Scenario.baseline());
          assertThat(x.changes()).isEmpty();
          assertThat(x.scenario()).isEqualTo(x.baseline());
          RecordComparison y = WhatIf.of(RULES_2014).run(r, Scenario.fullCompliance());
          assertThat(y.changes()).isEmpty(); // no adherent in this registry
        });
  }

  @Test
  void historyRun_tables() {
    VoteRecord a = inSyria(iccReferral());
    VoteRecord b = inSyria(iccReferral().withDate(LocalDate.of(2014, 6, 1)));
    HistoryRun run = WhatIf.of(RULES_2014).runAll(List.of(a, b),
        Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.of(2014, 5, 30)));
    assertThat(run.changed()).extracting(x -> x.record().date()).containsExactly(LocalDate.of(2014, 6, 1));
    assertThat(run.total().records()).isEqualTo(2);
    assertThat(run.total().vetoCastsBaseline()).isEqualTo(4);
    assertThat(run.total().vetoCastsScenario()).isEqualTo(2);
    assertThat(run.byYear()).containsOnlyKeys(2014);
    assertThat(run.byState()).containsOnlyKeys(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION);
    assertThat(run.byState().get(MemberStates.RUSSIAN_FEDERATION).vetoCastsScenario()).isEqualTo(1);
    assertThat(run.bySeat()).containsOnlyKeys(PermanentSeat.CHINA, PermanentSeat.RUSSIA);
    assertThat(run.bySeat().get(PermanentSeat.RUSSIA)).isEqualTo(run.byState().get(MemberStates.RUSSIAN_FEDERATION));
    assertThat(run.bySituationKey()).containsOnlyKeys(Situation.SYRIA);
    assertThat(run.records()).containsExactly(a, b);
    Summary total = run.total();
    assertThat(total).isEqualTo(Summary.builder().records(2).outcomesChanged(1).vetoCastsBaseline(4)
        .vetoCastsScenario(2).vetoedBaseline(2).vetoedScenario(1).build());
    assertThat(run.byYear().get(2014)).isEqualTo(total);
    assertThat(run.bySituationKey().get(Situation.SYRIA)).isEqualTo(total);
    assertThat(run.byState().get(MemberStates.RUSSIAN_FEDERATION)).isEqualTo(Summary.builder().records(2).outcomesChanged(1)
        .vetoCastsBaseline(2).vetoCastsScenario(1).vetoedBaseline(2).vetoedScenario(1).build());
    assertThat(run.scenario()).isEqualTo("p5-restraint-since-2014-05-30");
    assertThat(run.interpretation()).isEqualTo("default interpretation");
  }

  private static VoteRecord inSyria(VoteRecord r) {
    return r.withProposal(r.proposal().withSituation(Situation.SYRIA));
  }

  @Test
  void historyRun_bySituation_keysTheTypedValue_unknownInNoRow_unclassifiedByText() {
    VoteRecord syria = inSyria(iccReferral());
    VoteRecord unknown = iccReferral().withDate(LocalDate.of(2014, 6, 1));
    VoteRecord spanish = iccReferral().withDate(LocalDate.of(2014, 6, 2))
        .withProposal(iccReferral().proposal().withSituation(Situation.parse("The Spanish question")));
    VoteRecord other = iccReferral().withDate(LocalDate.of(2014, 6, 3))
        .withProposal(iccReferral().proposal().withSituation(Situation.other("Admission")));
    HistoryRun run = WhatIf.of(RULES_2014).runAll(List.of(other, unknown, spanish, syria), Scenario.baseline());
    assertThat(run.bySituationKey().keySet()).containsExactly(Situation.SYRIA, Situation.other("Admission"),
        Situation.other("The Spanish question"));
    assertThat(run.bySituationKey().values()).allSatisfy(row -> assertThat(row.records()).isEqualTo(1));
    assertThat(run.total().records()).isEqualTo(4);
    assertThat(syria.proposal().concerns(Situation.SYRIA)).isTrue();
    assertThat(unknown.proposal().concerns(Situation.SYRIA)).isFalse();
  }
}
