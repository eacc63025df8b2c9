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
        .credibleAssertedBy("Uruguay")
        .build();
  }

  static Finding code(R2pRules rules, MemberState s, VotePosition p, Proposal proposal) {
    return rules.check(s, p, proposal, proposal.date()).get(0);
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
          "Uruguay would vote against S/2017/315 on 2017-04-12. This vote is hypothetical: it was not cast in"
              + " a recorded vote. ACT Code of Conduct para 2: signatories"
              + " pledge not to vote against \"a credible draft resolution\" on timely and decisive action \"to end the"
              + " commission of genocide, crimes against humanity or war crimes, or to prevent such crimes\": ending or"
              + " preventing, the three crimes only (ethnic cleansing only where it amounts to one of them). Outcome: BREACH"
              + " (Uruguay voted against a credible draft to end or prevent atrocity crimes).");
      assertThat(f.explanation().conditions()).extracting(Condition::name).containsExactly(
          "instrument-in-effect", "adherent-on-vote-date", "member-of-council", "proposal-kind-covered",
          "aims-at-atrocity-crimes", "credible-draft", "voted-against");
      assertThat(f.hypothetical()).isTrue();
      assertThat(f.explanation().facts()).contains("This vote is hypothetical: it was not cast in a recorded vote");
      // the same vote as cast in a record is not hypothetical
      Finding cast = RULES.withInterpretation(Interpretation.defaults()
          .withCredibility(Interpretation.CredibilityTest.MAJORITY_SUPPORT))
          .check(record(atrocityDraft(AtrocityCrime.WAR_CRIMES), VotePosition.NO, 9), URUGUAY).get(0);
      assertThat(cast.verdict()).isEqualTo(Verdict.BREACH);
      assertThat(cast.hypothetical()).isFalse();
      assertThat(cast.explanation().facts()).noneMatch(x -> x.contains("hypothetical"));
    }

    @Test
    void abstention_consistentUnderLetter_flaggedAgainstPara1UnderSpirit() {
      Proposal p = atrocityDraft(AtrocityCrime.GENOCIDE);
      Finding letter = code(RULES, URUGUAY, VotePosition.ABSTAIN, p);
      assertThat(letter.verdict()).isEqualTo(Verdict.CONSISTENT);
      assertThat(letter.flags()).isEmpty();
      Finding spirit = code(RULES.withInterpretation(Interpretation.defaults()
          .withAbstention(Interpretation.AbstentionReading.SPIRIT)), URUGUAY, VotePosition.ABSTAIN, p);
      // a flag against para 1, not a breach of para 2 (FINDINGS 3)
      assertThat(spirit.verdict()).isEqualTo(Verdict.CONSISTENT);
      assertThat(spirit.explanation().citation()).isEqualTo(CodeOfConductRule.PARA_2);
      assertThat(spirit.flags()).singleElement().asString().startsWith("ACT Code of Conduct para 1: ")
          .contains("Q1 SPIRIT").contains("not a breach of para 2");
      assertThat(spirit.explain()).contains("Under interpretation Q1 abstention=SPIRIT.").contains("Flagged: ");
      // a NO breaches para 2 and is not flagged again under para 1
      Finding no = code(RULES.withInterpretation(Interpretation.defaults()
          .withAbstention(Interpretation.AbstentionReading.SPIRIT)), URUGUAY, VotePosition.NO, p);
      assertThat(no.verdict()).isEqualTo(Verdict.BREACH);
      assertThat(no.flags()).isEmpty();
    }

    @Test
    void expectYes_absenceFlaggedAgainstPara1() {
      Finding f = code(RULES.withInterpretation(Interpretation.defaults()
          .withPositivePledge(Interpretation.PositivePledge.EXPECT_YES)), URUGUAY, VotePosition.ABSENT,
          atrocityDraft(AtrocityCrime.GENOCIDE));
      assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
      assertThat(f.flags()).singleElement().asString().contains("Q15");
      // no flag where para 1 would not apply: a draft not about atrocity crimes
      Proposal other = atrocityDraft(AtrocityCrime.GENOCIDE).withAtrocityAim(AtrocityAim.builder()
          .assessment(Assessment.NO).assertedBy("user").build());
      assertThat(code(RULES.withInterpretation(Interpretation.defaults()
          .withPositivePledge(Interpretation.PositivePledge.EXPECT_YES)), URUGUAY, VotePosition.ABSENT, other).flags())
          .isEmpty();
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
      // a YES never breaches, and whether the Code applied to Bolivia at all is unknown: not
      // CONSISTENT, which resolving the unknown could turn into NOT_APPLICABLE, but a definite no,
      // NO_BREACH, the unknown named as not deciding it (FINDINGS 1)
      Finding yes = code(RULES, BOLIVIA, VotePosition.YES, atrocityDraft(AtrocityCrime.WAR_CRIMES));
      assertThat(yes.verdict()).isEqualTo(Verdict.NO_BREACH);
      assertThat(yes.applies()).isEqualTo(Ternary.UNKNOWN);
      assertThat(yes.breach()).isEqualTo(Ternary.FALSE);
      assertThat(yes.explanation().reason()).isEqualTo("the vote was not a vote against, so the vote cannot breach"
          + " the commitment whether or not it applies; open, and not deciding it: whether the state was committed on"
          + " the vote date; whether the draft was credible");
      // while a definite FALSE wins over the unknown: a NO on a draft assessed as not about atrocities
      Proposal notAtrocity = atrocityDraft(AtrocityCrime.WAR_CRIMES).withAtrocityAim(AtrocityAim.builder()
          .assessment(Assessment.NO).assertedBy("user").build());
      Finding na = code(RULES, BOLIVIA, VotePosition.NO, notAtrocity);
      assertThat(na.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(na.explanation().conditions()).extracting(Condition::result).contains(Ternary.UNKNOWN, Ternary.FALSE);
      assertThat(na.explanation().deciding()).extracting(Condition::name).containsExactly("aims-at-atrocity-crimes");
    }

    @Test
    void signatureDateUnknown_indeterminate_unlessCountedFromLaunch() {
      LocalDate nov = LocalDate.of(2015, 11, 10);
      Proposal p = atrocityDraft(AtrocityCrime.GENOCIDE).withDate(nov).withCredibleAssertedBy("FRA");
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
      assertThat(f.explanation().deciding()).extracting(Condition::name).containsExactly("aims-at-atrocity-crimes");
      assertThat(f.explanation().conditions().get(4).detail()).contains("[ethnic cleansing] are outside ACT Code of Conduct's scope");
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
      assertThat(f.explanation().reason()).isEqualTo(
          "not known: whether the proposal aimed to prevent or end atrocity crimes in the commitment's scope");
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
    void coversDraftResolutionsOnly_unlessQ5WidensIt() {
      // para 2's literal scope: "a credible draft resolution" (FINDINGS 3)
      Proposal p = atrocityDraft(AtrocityCrime.WAR_CRIMES);
      assertThat(code(RULES, URUGUAY, VotePosition.NO, p).verdict()).isEqualTo(Verdict.BREACH);
      assertThat(code(RULES, URUGUAY, VotePosition.NO, p.withKind(ProposalKind.AMENDMENT)).verdict())
          .isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(code(RULES, URUGUAY, VotePosition.NO, p.withKind(ProposalKind.PRELIMINARY_QUESTION)).verdict())
          .isEqualTo(Verdict.NOT_APPLICABLE);
      R2pRules wide = RULES.withInterpretation(Interpretation.defaults()
          .withRestraintCovers(java.util.EnumSet.of(ProposalKind.DRAFT_RESOLUTION, ProposalKind.AMENDMENT)));
      assertThat(code(wide, URUGUAY, VotePosition.NO, p.withKind(ProposalKind.AMENDMENT)).verdict())
          .isEqualTo(Verdict.BREACH);
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
      assertThat(f.explanation().deciding()).extracting(Condition::name).containsExactly("member-of-council");
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
    void quotedAsHollandes_theCrimeListLabelledAsTheInterpretation() {
      Finding f = french(RULES, franceVetoes(atrocityDraft(AtrocityCrime.GENOCIDE)));
      // Hollande, UN General Assembly, 28 September 2015, official English text; Delattre's "will
      // never use its veto in cases of mass atrocities" (23 October 2015) is a later paraphrase
      assertThat(f.explanation().provision())
          .contains("\"France will never use its right of veto where there have been mass atrocities\" (President"
              + " Hollande, UN General Assembly, 28 September 2015)")
          .contains("the France-Mexico conclusions of 25 September 2014: the reading used, not the pledge's words")
          .doesNotContain("in cases of mass atrocities");
    }

    @Test
    void coversAnyVeto_whileTheCodeCoversDraftResolutions_q5PerInstrument() {
      // FINDINGS 3: France's pledge covers amendments and preliminary questions too
      for (ProposalKind kind : List.of(ProposalKind.AMENDMENT, ProposalKind.PRELIMINARY_QUESTION,
          ProposalKind.SEPARATE_PARAGRAPH)) {
        VoteRecord r = franceVetoes(atrocityDraft(AtrocityCrime.GENOCIDE).withKind(kind).withCredibleAssertedBy("FRA"));
        List<Finding> all = RULES.check(r, MemberStates.FRANCE);
        assertThat(all.get(1).verdict()).as(kind.toString()).isEqualTo(Verdict.BREACH);
        assertThat(all.get(0).verdict()).as(kind.toString()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(all.get(0).explanation().deciding()).extracting(Condition::name)
            .containsExactly("proposal-kind-covered");
      }
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
      assertThat(f.explanation().deciding()).extracting(Condition::name).containsExactly("no-vital-interest-exception");
      assertThat(f.explanation().reason()).isEqualTo("not known: whether a vital-interest exception applies");
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
      assertThat(f.explanation().reason()).isEqualTo("the declaration binds no signatory's own votes");
      assertThat(f.explain()).contains("France's own votes are bound by its unilateral pledge, checked separately");
    }

    @Test
    void ukPledge_itsOwnStatement() {
      Proposal p = atrocityDraft(AtrocityCrime.CRIMES_AGAINST_HUMANITY).withCredibleAssertedBy("GBR");
      Finding f = RULES.check(MemberStates.UNITED_KINGDOM, VotePosition.NO, p, D).get(3);
      assertThat(f.instrument()).isEqualTo(Instrument.UK_PLEDGE);
      assertThat(f.rule()).isEqualTo("uk-pledge");
      assertThat(f.verdict()).isEqualTo(Verdict.BREACH);
      // quoted as the UK's own words, never as a paragraph of the Code (FINDINGS 3)
      assertThat(f.explanation().citation()).isEqualTo(UkPledgeRule.STATEMENT);
      assertThat(f.explain()).contains("will never vote against credible Security Council action to stop mass"
          + " atrocities and crimes against humanity").doesNotContain("para 1").doesNotContain("para 2")
          .doesNotContain("ACT Code");
    }

    @Test
    void ukPledge_hasNoPositiveLimb_underAnyReading() {
      Proposal p = atrocityDraft(AtrocityCrime.CRIMES_AGAINST_HUMANITY).withCredibleAssertedBy("GBR");
      for (Interpretation i : List.of(Interpretation.defaults(),
          Interpretation.defaults().withAbstention(Interpretation.AbstentionReading.SPIRIT),
          Interpretation.defaults().withPositivePledge(Interpretation.PositivePledge.EXPECT_YES)
              .withAbstention(Interpretation.AbstentionReading.SPIRIT))) {
        for (VotePosition v : List.of(VotePosition.ABSTAIN, VotePosition.ABSENT, VotePosition.NOT_PARTICIPATING)) {
          Finding f = RULES.withInterpretation(i).check(MemberStates.UNITED_KINGDOM, v, p, D).get(3);
          assertThat(f.verdict()).as(i.describe() + " " + v).isEqualTo(Verdict.CONSISTENT);
          assertThat(f.flags()).isEmpty();
        }
      }
    }

    @Test
    void credibility_selfAssessment_isTheVotersOwn() {
      // a third party's assessment cannot stand for the signatory's own (FINDINGS 3, Q2)
      Proposal third = atrocityDraft(AtrocityCrime.GENOCIDE).withCredibleAssertedBy("an NGO");
      Finding f = code(RULES, URUGUAY, VotePosition.NO, third);
      assertThat(f.verdict()).isEqualTo(Verdict.INDETERMINATE);
      assertThat(f.explanation().conditions()).filteredOn(c -> c.name().equals("credible-draft"))
          .singleElement().satisfies(c -> assertThat(c.detail()).contains("asserted by an NGO")
              .contains("cannot stand for it"));
      // under USER_SUPPLIED the same assessment counts, and its asserter is named
      Finding user = code(RULES.withInterpretation(Interpretation.defaults()
          .withCredibility(Interpretation.CredibilityTest.USER_SUPPLIED)), URUGUAY, VotePosition.NO, third);
      assertThat(user.verdict()).isEqualTo(Verdict.BREACH);
      assertThat(user.explanation().conditions().get(5).detail()).contains("asserted by an NGO");
      // sponsoring the draft is the sponsor's own assessment that it is credible
      Proposal sponsored = third.withCredible(java.util.Optional.empty()).withSponsors(URUGUAY);
      assertThat(code(RULES, URUGUAY, VotePosition.NO, sponsored).verdict()).isEqualTo(Verdict.BREACH);
    }
  }
}
