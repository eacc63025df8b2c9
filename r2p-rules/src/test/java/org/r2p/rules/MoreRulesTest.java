package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.Classification;
import org.r2p.core.CouncilHistory;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.ProposalKind;
import org.r2p.core.Tally;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/** Article 27's explanations word for word, discrepancies, and the facade's accessors. */
final class MoreRulesTest {
  static VoteRecord record(int yes) {
    return CommitmentRulesTest.record(CommitmentRulesTest.atrocityDraft(), VotePosition.YES, yes);
  }

  @Test
  void article27_explanations() {
    R2pRules rules = R2pRules.builder().build();
    VoteRecord short7 = record(6).withVote(MemberStates.CHINA, VotePosition.NO).withVote(MemberStates.byCode("URY").orElseThrow(), VotePosition.ABSENT);
    assertThat(rules.decide(short7).explanation().paragraph()).isEqualTo(
        "S/2017/315 was put to the vote on 2017-04-12: 5-1-8 (1 absent, 0 not participating). The Council had 15"
            + " members; 9 affirmative votes were required. UN Charter Art. 27(3): other decisions need 9 affirmative"
            + " votes including the concurring votes of the permanent members; abstention, absence and non-participation"
            + " do not block, a permanent member's negative vote does. Outcome: NOT ADOPTED (only 5 affirmative votes;"
            + " the negative votes of [CHN] are not vetoes).");
    VoteRecord adopted = record(8); // Uruguay and eight others: 9 YES
    CharterDecision a = rules.decide(adopted);
    assertThat(a.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(a.explanation().paragraph()).endsWith("Outcome: ADOPTED (9 affirmative votes and no permanent member against).");
    assertThat(a.explanation().conditions()).extracting(Condition::result)
        .containsExactly(Ternary.FALSE, Ternary.TRUE, Ternary.FALSE);
    VoteRecord proc = record(7).withProposal(record(7).proposal().withClassification(Classification.PROCEDURAL));
    CharterDecision p = rules.decide(proc);
    assertThat(p.outcome()).isEqualTo(Outcome.FAILED_INSUFFICIENT_VOTES);
    assertThat(p.explanation().paragraph()).contains("UN Charter Art. 27(2): procedural decisions need 9 affirmative"
        + " votes of any members; no negative vote is a veto. Outcome: NOT ADOPTED (only 8 affirmative votes)");
    VoteRecord contested = record(12).withProposal(record(12).proposal().withClassification(Classification.CONTESTED))
        .withVote(MemberStates.CHINA, VotePosition.NO);
    CharterDecision c = rules.decide(contested);
    assertThat(c.vetoCasts()).containsExactly(MemberStates.CHINA);
    assertThat(c.explanation().facts()).anyMatch(f -> f.contains("San Francisco Statement"));
    assertThatThrownBy(() -> Article27.decide(adopted, CouncilHistory.permanentOnly().councilOn(LocalDate.of(2020, 1, 1))))
        .hasMessage("council date must equal the vote date 2017-04-12: 2020-01-01");
  }

  @Test
  void discrepancies() {
    VoteRecord r = record(12).withVote(MemberStates.CHINA, VotePosition.NO);
    CharterDecision d = Article27.decide(r, CouncilHistory.permanentOnly().councilOn(r.date()));
    assertThat(Discrepancies.of(r, d)).isEmpty();
    VoteRecord wrong = r.withReportedTally(Tally.of(11, 2, 2)).withRecordedOutcome(Outcome.ADOPTED)
        .withRecordedVetoCasts(MemberStates.RUSSIAN_FEDERATION);
    List<Discrepancy> ds = Discrepancies.of(wrong, d);
    assertThat(Discrepancies.tally(wrong)).hasValue(ds.get(0));
    assertThat(Discrepancies.outcome(wrong, d.outcome())).hasValue(ds.get(1));
    assertThat(Discrepancies.vetoCasts(wrong, d.vetoCasts())).hasValue(ds.get(2));
    assertThat(Discrepancies.vetoCasts(wrong.withRecordedVetoCasts(MemberStates.CHINA), d.vetoCasts())).isEmpty();
    assertThat(ds).extracting(Discrepancy::kind).containsExactly(Discrepancy.Kind.TALLY, Discrepancy.Kind.OUTCOME,
        Discrepancy.Kind.VETOES);
    assertThat(ds.get(0).message()).isEqualTo("S/2017/315 (2017-04-12): reported tally 11-2-2 differs from the votes counted, 12-1-2");
    assertThat(ds.get(1).message()).isEqualTo("S/2017/315 (2017-04-12): recorded outcome ADOPTED but Article 27 gives FAILED_VETO");
    assertThat(ds.get(2).message()).isEqualTo("S/2017/315 (2017-04-12): recorded veto casts by [RUS] but Article 27 gives [CHN]");
    // incomplete votes: only the tally can be compared, and only where the votes exceed it
    VoteRecord partial = wrong.withVotes(wrong.votes().subList(0, 3)).withReportedTally(Tally.of(13, 1, 1));
    assertThat(Discrepancies.votesComplete(partial)).isFalse();
    assertThat(Discrepancies.of(partial, d)).isEmpty();
    assertThat(Discrepancies.of(r.withVotes(List.of()).withRecordedOutcome(Outcome.ADOPTED), d)).isEmpty();
  }

  @Test
  void facade() {
    CouncilHistory h = CouncilHistory.permanentOnly();
    R2pRules rules = R2pRules.builder().councilHistory(h).commitmentRules(List.of(new CodeOfConductRule())).build();
    assertThat(rules.councilHistory()).isSameAs(h);
    assertThat(rules.commitmentRules()).hasSize(1).first().isInstanceOf(CodeOfConductRule.class);
    assertThat(rules.registry().adherences()).isEmpty();
    VoteRecord r = record(12);
    assertThat(rules.verdicts(r)).hasSize(r.votes().size());
    // an ordinary question, not an error: no vote, nothing to check
    assertThat(rules.check(r, MemberStates.USSR)).isEmpty();
    assertThat(rules.check(r, MemberStates.FRANCE)).hasSize(1);
    assertThat(R2pRules.builder().build().commitmentRules()).extracting(CommitmentRule::instrument)
        .containsExactly(org.r2p.core.Instrument.ACT_CODE_OF_CONDUCT, org.r2p.core.Instrument.FRENCH_PLEDGE,
            org.r2p.core.Instrument.FRANCE_MEXICO_DECLARATION, org.r2p.core.Instrument.UK_PLEDGE);
    assertThat(r.proposal().kind()).isEqualTo(ProposalKind.DRAFT_RESOLUTION);
  }

  @Test
  void interpretation_everyQuestion() {
    Interpretation all = Interpretation.defaults()
        .withAbstention(Interpretation.AbstentionReading.SPIRIT)
        .withCredibility(Interpretation.CredibilityTest.MAJORITY_SUPPORT)
        .withContestedAim(Interpretation.ContestedAim.TREAT_AS_YES)
        .withMixedDrafts(Interpretation.MixedDrafts.ANY_OPERATIVE_PARA)
        .withRestraintCovers(java.util.EnumSet.of(ProposalKind.DRAFT_RESOLUTION))
        .withNoOnFailedDraftBreaches(true)
        .withVitalInterest(Interpretation.VitalInterest.SELF_DECLARED)
        .withCrimeList(Interpretation.CrimeList.R2P)
        .withArticle27_3(Interpretation.Article27_3.STRICT)
        .withAbsence(Interpretation.Absence.FLAG_CONTESTED)
        .withTransitionThreshold(Interpretation.TransitionThreshold.BY_AMENDMENT_DATE)
        .withCommitmentDates(Interpretation.CommitmentDates.FROM_INSTRUMENT_LAUNCH)
        .withAmendmentVetoTriggersDebate(false)
        .withPositivePledge(Interpretation.PositivePledge.EXPECT_YES);
    assertThat(all.differencesFromDefaults()).containsExactly(
        "Q1 abstention=SPIRIT", "Q2 credibility=MAJORITY_SUPPORT", "Q3 contestedAim=TREAT_AS_YES",
        "Q4 mixedDrafts=ANY_OPERATIVE_PARA", "Q5 restraintCovers=[DRAFT_RESOLUTION]", "Q6 noOnFailedDraftBreaches=true",
        "Q7 vitalInterest=SELF_DECLARED", "Q8 crimeList=R2P", "Q9 article27_3=STRICT", "Q10 absence=FLAG_CONTESTED",
        "Q11 transitionThreshold=BY_AMENDMENT_DATE", "Q12 commitmentDates=FROM_INSTRUMENT_LAUNCH",
        "Q13 amendmentVetoTriggersDebate=false", "Q15 positivePledge=EXPECT_YES");
    assertThat(Interpretation.defaults().commitmentDates()).isEqualTo(Interpretation.CommitmentDates.PER_ADHERENT);
    assertThat(Interpretation.defaults().contestedAim()).isEqualTo(Interpretation.ContestedAim.INDETERMINATE);
  }
}
