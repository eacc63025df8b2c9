package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Completeness;
import org.r2p.core.CouncilHistory;
import org.r2p.core.DatePrecision;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.ElectedTerm;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Purpose;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

final class CommitmentRulesTest {
  static final LocalDate D = LocalDate.of(2017, 4, 12);
  static final MemberState URUGUAY = MemberState.of("URY", "Uruguay");
  static final MemberState BOLIVIA = MemberState.of("BOL", "Bolivia");

  static final CouncilHistory HISTORY = CouncilHistory.of(List.of(
      ElectedTerm.ofYear(URUGUAY, 2017), ElectedTerm.ofYear(BOLIVIA, 2017)));

  static final CommitmentRegistry REGISTRY = CommitmentRegistry.builder()
      .add(Adherence.builder().state(URUGUAY).instrument(Instrument.ACT_CODE_OF_CONDUCT)
          .from(LocalDate.of(2015, 9, 1)).source("test").build())
      .add(Adherence.builder().state(MemberStates.FRANCE).instrument(Instrument.ACT_CODE_OF_CONDUCT)
          .from(LocalDate.of(2015, 12, 20)).precision(DatePrecision.NOT_LATER_THAN).source("test").build())
      .add(Adherence.builder().state(MemberStates.FRANCE).instrument(Instrument.FRENCH_PLEDGE)
          .from(LocalDate.of(2015, 9, 28)).source("test").build())
      .add(Adherence.builder().state(MemberStates.FRANCE).instrument(Instrument.FRANCE_MEXICO_DECLARATION)
          .from(LocalDate.of(2015, 9, 30)).source("test").build())
      .add(Adherence.builder().state(MemberStates.UNITED_KINGDOM).instrument(Instrument.UK_PLEDGE)
          .from(LocalDate.of(2015, 10, 1)).source("test").build())
      .completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL)
      .build();

  static final R2pRules RULES = R2pRules.builder().councilHistory(HISTORY).registry(REGISTRY).build();

  static Proposal atrocityDraft(AtrocityCrime... crimes) {
    return Proposal.builder().symbol(DocumentSymbol.parse("S/2017/315")).date(D).subject("Syria: chemical weapons")
        .atrocityAim(AtrocityAim.builder().assessment(Assessment.YES).addCrimes(crimes).assertedBy("user").build())
        .credible(Assessment.YES)
        .build();
  }

  static Finding code(R2pRules rules, MemberState s, VotePosition p, Proposal proposal) {
    return rules.check(s, p, proposal, proposal.date()).get(0);
  }

  static String lastCondition(Finding f) {
    List<Condition> c = f.explanation().conditions();
    return c.get(c.size() - 1).name();
  }

  @Nested
  @DisplayName("ACT Code of Conduct para 2")
  final class Code {
    @Test
    void signatoryVotingNo_breaches() {
      Finding f = code(RULES, URUGUAY, VotePosition.NO, atrocityDraft(AtrocityCrime.WAR_CRIMES));
      assertThat(f.verdict()).isEqualTo(Verdict.BREACH);
      assertThat(f.rule()).isEqualTo("act-code.para-2");
      assertThat(f.explain()).isEqualTo(
          "Uruguay voted against S/2017/315 on 2017-04-12. ACT Code of Conduct para 2: signatories"
              + " pledge not to vote against a credible draft resolution on timely and decisive action"
              + " to end or prevent genocide, crimes against humanity or war crimes. Outcome: BREACH"
              + " (Uruguay voted against a credible draft to end or prevent atrocity crimes).");
      assertThat(f.explanation().conditions()).extracting(Condition::name).containsExactly(
          "instrument-in-effect", "adherent-on-vote-date", "member-of-council", "proposal-kind-covered",
          "aims-at-atrocity-crimes".equals("") ? "" : "crimes-in-scope", "credible-draft", "voted-against");
    }

    @Test
    void abstention_consistentUnderLetter_breachUnderSpirit() {
      Proposal p = atrocityDraft(AtrocityCrime.GENOCIDE);
      assertThat(code(RULES, URUGUAY, VotePosition.ABSTAIN, p).verdict()).isEqualTo(Verdict.CONSISTENT);
      Finding spirit = code(RULES.withInterpretation(Interpretation.defaults()
          .withAbstention(Interpretation.AbstentionReading.SPIRIT)), URUGUAY, VotePosition.ABSTAIN, p);
      assertThat(spirit.verdict()).isEqualTo(Verdict.BREACH);
      assertThat(spirit.explanation().citation()).isEqualTo(CodeOfConductRule.PARA_1);
      assertThat(spirit.explain()).contains("Under interpretation Q1 abstention=SPIRIT.");
    }

    @Test
    void expectYes_abstentionBreachesPara1() {
      Finding f = code(RULES.withInterpretation(Interpretation.defaults()
          .withPositivePledge(Interpretation.PositivePledge.EXPECT_YES)), URUGUAY, VotePosition.ABSENT,
          atrocityDraft(AtrocityCrime.GENOCIDE));
      assertThat(f.verdict()).isEqualTo(Verdict.BREACH);
      assertThat(f.explanation().reason()).contains("Q15");
    }

    @Test
    void nonSignatory_notApplicable_unknownWhenListPartial() {
      // Bolivia is not on the partial list: unknown, not "no"
      Finding f = code(RULES, BOLIVIA, VotePosition.NO, atrocityDraft(AtrocityCrime.WAR_CRIMES));
      assertThat(f.verdict()).isEqualTo(Verdict.INDETERMINATE);
      assertThat(f.explain()).contains("incomplete");
      // with a complete list, not applicable
      Finding g = code(RULES.withRegistry(CommitmentRegistry.empty()), BOLIVIA, VotePosition.NO,
          atrocityDraft(AtrocityCrime.WAR_CRIMES));
      assertThat(g.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      // and a YES is consistent whether or not Bolivia signed
      assertThat(code(RULES, BOLIVIA, VotePosition.YES, atrocityDraft(AtrocityCrime.WAR_CRIMES)).verdict())
          .isEqualTo(Verdict.CONSISTENT);
    }

    @Test
    void signatureDateUnknown_indeterminate_unlessCountedFromLaunch() {
      LocalDate nov = LocalDate.of(2015, 11, 10);
      Proposal p = atrocityDraft(AtrocityCrime.GENOCIDE).withDate(nov);
      assertThat(code(RULES, MemberStates.FRANCE, VotePosition.NO, p).verdict()).isEqualTo(Verdict.INDETERMINATE);
      Finding launch = code(RULES.withInterpretation(Interpretation.defaults()
          .withCommitmentDates(Interpretation.CommitmentDates.FROM_INSTRUMENT_LAUNCH)), MemberStates.FRANCE,
          VotePosition.NO, p);
      assertThat(launch.verdict()).isEqualTo(Verdict.BREACH);
    }

    @Test
    void ethnicCleansingAlone_outsideTheCode_insideR2p() {
      Proposal p = atrocityDraft(AtrocityCrime.ETHNIC_CLEANSING);
      Finding f = code(RULES, URUGUAY, VotePosition.NO, p);
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(lastCondition(f)).isEqualTo("crimes-in-scope");
      assertThat(code(RULES.withInterpretation(Interpretation.defaults().withCrimeList(Interpretation.CrimeList.R2P)),
          URUGUAY, VotePosition.NO, p).verdict()).isEqualTo(Verdict.BREACH);
    }

    @Test
    void incidentalPurpose_q4() {
      Proposal p = atrocityDraft(AtrocityCrime.WAR_CRIMES);
      Proposal incidental = p.withAtrocityAim(p.atrocityAim().orElseThrow().withPurpose(Purpose.INCIDENTAL));
      assertThat(code(RULES, URUGUAY, VotePosition.NO, incidental).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(code(RULES.withInterpretation(Interpretation.defaults()
          .withMixedDrafts(Interpretation.MixedDrafts.ANY_OPERATIVE_PARA)), URUGUAY, VotePosition.NO, incidental)
          .verdict()).isEqualTo(Verdict.BREACH);
    }

    @Test
    void noAtrocityAssessment_indeterminate() {
      Proposal p = atrocityDraft(AtrocityCrime.WAR_CRIMES).withAtrocityAim(java.util.Optional.empty());
      Finding f = code(RULES, URUGUAY, VotePosition.NO, p);
      assertThat(f.verdict()).isEqualTo(Verdict.INDETERMINATE);
      assertThat(f.explanation().reason()).isEqualTo("whether the draft aimed to prevent or end atrocity crimes is not known");
    }

    @Test
    void notCredible_notApplicable_andMajoritySupport() {
      Proposal p = atrocityDraft(AtrocityCrime.WAR_CRIMES).withCredible(Assessment.NO);
      assertThat(code(RULES, URUGUAY, VotePosition.NO, p).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      R2pRules majority = RULES.withInterpretation(Interpretation.defaults()
          .withCredibility(Interpretation.CredibilityTest.MAJORITY_SUPPORT));
      assertThat(code(majority, URUGUAY, VotePosition.NO, p).verdict()).isEqualTo(Verdict.INDETERMINATE);
      VoteRecord r = record(p, VotePosition.NO, 9);
      assertThat(majority.check(r, URUGUAY).get(0).verdict()).isEqualTo(Verdict.BREACH);
    }

    @Test
    void failedForWantOfVotes_notCredible_q6() {
      Proposal p = atrocityDraft(AtrocityCrime.WAR_CRIMES);
      VoteRecord r = record(p, VotePosition.NO, 7);
      assertThat(RULES.check(r, URUGUAY).get(0).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(RULES.withInterpretation(Interpretation.defaults().withNoOnFailedDraftBreaches(true))
          .check(r, URUGUAY).get(0).verdict()).isEqualTo(Verdict.BREACH);
    }

    @Test
    void amendmentsCovered_preliminaryQuestionsNot_q5() {
      Proposal p = atrocityDraft(AtrocityCrime.WAR_CRIMES);
      assertThat(code(RULES, URUGUAY, VotePosition.NO, p.withKind(ProposalKind.AMENDMENT)).verdict())
          .isEqualTo(Verdict.BREACH);
      assertThat(code(RULES, URUGUAY, VotePosition.NO, p.withKind(ProposalKind.PRELIMINARY_QUESTION)).verdict())
          .isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void notOnTheCouncil_notApplicable() {
      MemberState austria = MemberState.of("AUT", "Austria");
      CommitmentRegistry reg = CommitmentRegistry.builder().add(Adherence.builder().state(austria)
          .instrument(Instrument.ACT_CODE_OF_CONDUCT).from(LocalDate.of(2015, 9, 1)).source("t").build()).build();
      List<ElectedTerm> ten = new java.util.ArrayList<>();
      for (int k = 0; k < 10; k++) {
        ten.add(ElectedTerm.ofYear(MemberState.of("Q" + (char) ('A' + k) + "Q", "S" + k), 2017));
      }
      R2pRules r = R2pRules.builder().registry(reg).councilHistory(CouncilHistory.of(ten)).build();
      Finding f = code(r, austria, VotePosition.NO, atrocityDraft(AtrocityCrime.WAR_CRIMES));
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(lastCondition(f)).isEqualTo("member-of-council");
    }
  }

  /** A record in which {@code voter} votes {@code position}, with {@code yes} YES among the others. */
  static VoteRecord record(Proposal p, VotePosition position, int yes) {
    VoteRecord.Builder b = VoteRecord.builder().proposal(p).date(p.date()).addVotes(Vote.of(URUGUAY, position));
    MemberState[] others = {MemberStates.FRANCE, MemberStates.UNITED_KINGDOM, MemberStates.UNITED_STATES,
        MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION};
    int k = 0;
    for (MemberState m : others) {
      b.addVotes(Vote.of(m, k++ < yes ? VotePosition.YES : VotePosition.ABSTAIN));
    }
    for (int j = 0; j < 9; j++) {
      b.addVotes(Vote.of(MemberState.of("Z" + (char) ('A' + j) + "Z", "Z" + j), k++ < yes ? VotePosition.YES : VotePosition.ABSTAIN));
    }
    return b.build();
  }

  @Nested
  @DisplayName("France's pledge")
  final class French {
    static final String FR = "french-pledge";

    Finding french(R2pRules rules, VoteRecord r) {
      return rules.check(r, MemberStates.FRANCE).stream().filter(f -> f.rule().equals(FR)).findFirst().orElseThrow();
    }

    VoteRecord franceVetoes(Proposal p) {
      return record(p, VotePosition.YES, 12).withVote(MemberStates.FRANCE, VotePosition.NO);
    }

    @Test
    void vetoOnGenocideDraft_breaches() {
      Finding f = french(RULES, franceVetoes(atrocityDraft(AtrocityCrime.GENOCIDE)));
      assertThat(f.verdict()).isEqualTo(Verdict.BREACH);
      assertThat(f.explain()).contains("French pledge statement of 28 September 2015");
    }

    @Test
    void warCrimes_onlyOnALargeScale() {
      Proposal p = atrocityDraft(AtrocityCrime.WAR_CRIMES);
      assertThat(french(RULES, franceVetoes(p)).verdict()).isEqualTo(Verdict.INDETERMINATE);
      Proposal large = p.withAtrocityAim(p.atrocityAim().orElseThrow().withLargeScale(true));
      assertThat(french(RULES, franceVetoes(large)).verdict()).isEqualTo(Verdict.BREACH);
      Proposal small = p.withAtrocityAim(p.atrocityAim().orElseThrow().withLargeScale(false));
      assertThat(french(RULES, franceVetoes(small)).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void hypotheticalNoAlone_indeterminate() {
      Finding f = RULES.check(MemberStates.FRANCE, VotePosition.NO, atrocityDraft(AtrocityCrime.GENOCIDE), D).get(1);
      assertThat(f.rule()).isEqualTo(FR);
      assertThat(f.verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void noThatIsNotAVeto_consistent() {
      VoteRecord r = record(atrocityDraft(AtrocityCrime.GENOCIDE), VotePosition.NO, 3)
          .withVote(MemberStates.FRANCE, VotePosition.NO);
      assertThat(french(RULES, r).verdict()).isEqualTo(Verdict.CONSISTENT);
    }

    @Test
    void vitalInterestException_q7() {
      Finding f = french(RULES.withInterpretation(Interpretation.defaults()
          .withVitalInterest(Interpretation.VitalInterest.SELF_DECLARED)), franceVetoes(atrocityDraft(AtrocityCrime.GENOCIDE)));
      assertThat(f.verdict()).isEqualTo(Verdict.INDETERMINATE);
      assertThat(lastCondition(f)).isEqualTo("no-vital-interest-exception");
    }

    @Test
    void beforeThePledge_notApplicable() {
      Proposal p = atrocityDraft(AtrocityCrime.GENOCIDE).withDate(LocalDate.of(1989, 12, 23));
      Finding f = RULES.check(MemberStates.FRANCE, VotePosition.NO, p, p.date()).get(1);
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }
  }

  @Nested
  @DisplayName("France-Mexico declaration and UK pledge")
  final class Others {
    @Test
    void declaration_bindsNoOwnVote() {
      Finding f = RULES.check(MemberStates.FRANCE, VotePosition.NO, atrocityDraft(AtrocityCrime.GENOCIDE), D).get(2);
      assertThat(f.instrument()).isEqualTo(Instrument.FRANCE_MEXICO_DECLARATION);
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(f.explanation().reason()).contains("unilateral pledge");
    }

    @Test
    void ukPledge_aliasOfTheCode() {
      Finding f = RULES.check(MemberStates.UNITED_KINGDOM, VotePosition.NO, atrocityDraft(AtrocityCrime.CRIMES_AGAINST_HUMANITY), D).get(3);
      assertThat(f.instrument()).isEqualTo(Instrument.UK_PLEDGE);
      assertThat(f.rule()).isEqualTo("uk-pledge.para-2");
      assertThat(f.verdict()).isEqualTo(Verdict.BREACH);
      assertThat(RULES.check(MemberStates.UNITED_KINGDOM, VotePosition.ABSTAIN,
          atrocityDraft(AtrocityCrime.CRIMES_AGAINST_HUMANITY), D).get(3).verdict()).isEqualTo(Verdict.CONSISTENT);
    }
  }
}
