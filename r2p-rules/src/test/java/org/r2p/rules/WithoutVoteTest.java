package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.rules.CommitmentRulesTest.RULES;
import static org.r2p.rules.CommitmentRulesTest.URUGUAY;
import static org.r2p.rules.CommitmentRulesTest.atrocityDraft;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CharterBasis;
import org.r2p.core.Classification;
import org.r2p.core.DecisionModality;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.Proposal;
import org.r2p.core.VoteRecord;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.WhatIf;

/**
 * A decision adopted without a vote or by acclamation: Article 27 reports it ADOPTED with its
 * modality and no invented count, and the commitment rules, which judge votes, find nothing to
 * judge and in particular no breach.
 */
final class WithoutVoteTest {
  /** A credible atrocity draft, on which France (pledged) and Uruguay (a Code signatory) sat. */
  static VoteRecord adopted(DecisionModality modality) {
    Proposal p = atrocityDraft(AtrocityCrime.WAR_CRIMES, AtrocityCrime.CRIMES_AGAINST_HUMANITY);
    return VoteRecord.builder().proposal(p).date(p.date()).modality(modality).recordedOutcome(Outcome.ADOPTED)
        .source("test").build();
  }

  @ParameterizedTest
  @EnumSource(value = DecisionModality.class, names = {"WITHOUT_VOTE", "BY_ACCLAMATION"})
  void article27_adoptedWithTheModality_noCountInvented(DecisionModality modality) {
    VoteRecord r = adopted(modality);
    CharterDecision d = RULES.decide(r);
    assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(d.modality()).isEqualTo(modality);
    assertThat(d.affirmative()).isZero();
    assertThat(d.vetoCasts()).isEmpty();
    assertThat(d.vetoed()).isFalse();
    assertThat(d.permanentNegative()).isEmpty();
    assertThat(d.irregularities()).isEmpty();
    assertThat(d.explanation().outcome()).isEqualTo("ADOPTED (" + modality.words().toUpperCase() + ")");
    assertThat(d.explanation().paragraph()).contains("adopted " + modality.words())
        .contains("no veto was cast").contains("was not put to the vote").doesNotContain("0 affirmative")
        .doesNotContain("0-0-0");
    assertThat(d.explanation().citation()).isEqualTo(Article27.NON_PROCEDURAL);
    assertThat(d.explanation().conditions()).singleElement()
        .satisfies(c -> assertThat(c.result()).isEqualTo(Ternary.FALSE));
  }

  @Test
  void aRecordedVoteWithNoVotes_isIndeterminate_everyVoteUnknown() {
    // a recorded vote whose record holds no vote: every member's vote is unknown, never absent
    // (it was 0.2's FAILED_INSUFFICIENT_VOTES), and the ways they could have voted differ
    VoteRecord r = VoteRecord.builder().from(adopted(DecisionModality.WITHOUT_VOTE))
        .modality(DecisionModality.RECORDED_VOTE).build();
    CharterDecision d = RULES.decide(r);
    assertThat(d.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(d.unknownVoteCount()).isEqualTo(15);
    assertThat(d.modality()).isEqualTo(DecisionModality.RECORDED_VOTE);
    // a reported tally that settles it: 0 in favour
    assertThat(RULES.decide(r.withReportedTally(org.r2p.core.Tally.of(0, 0, 15))).outcome())
        .isEqualTo(Outcome.FAILED_INSUFFICIENT_VOTES);
  }

  @Test
  void review_noFindingNoBreachNoDiscrepancyNoDebate() {
    Review review = RULES.review(adopted(DecisionModality.WITHOUT_VOTE));
    assertThat(review.decision().outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(review.findings()).isEmpty();
    assertThat(review.breaches()).isEmpty();
    assertThat(review.discrepancies()).isEmpty();
    assertThat(review.gaDebate()).isEmpty();
    assertThat(Discrepancies.of(review.record(), review.decision())).isEmpty();
    assertThat(Discrepancies.votesComplete(review.record())).isTrue();
  }

  @Test
  void check_noStateHasAVoteToJudge() {
    VoteRecord r = adopted(DecisionModality.BY_ACCLAMATION);
    for (var state : List.of(MemberStates.FRANCE, MemberStates.RUSSIAN_FEDERATION, URUGUAY)) {
      assertThat(RULES.check(r, state)).as(state.code()).isEmpty();
    }
  }

  @Test
  void screen_agreesWithReview() {
    Screening s = RULES.screen(adopted(DecisionModality.WITHOUT_VOTE));
    assertThat(s.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(s.decision().modality()).isEqualTo(DecisionModality.WITHOUT_VOTE);
    assertThat(s.verdicts()).isEmpty();
    assertThat(s.count(Verdict.BREACH)).isZero();
  }

  @Test
  void strictProviso_aPartyThatDidNotVoteIsNoIrregularity() {
    VoteRecord base = adopted(DecisionModality.WITHOUT_VOTE);
    Proposal p = Proposal.builder().from(base.proposal()).charterBasis(CharterBasis.CHAPTER_VI)
        .classification(Classification.NON_PROCEDURAL).addPartiesToDispute(MemberStates.UNITED_KINGDOM).build();
    R2pRules strict = RULES.withInterpretation(Interpretation.defaults()
        .withArticle27_3(Interpretation.Article27_3.STRICT).withAbsence(Interpretation.Absence.FLAG_CONTESTED));
    CharterDecision d = strict.decide(base.withProposal(p));
    assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(d.irregularities()).isEmpty();
    assertThat(d.outcomeDiscountingParties()).isEmpty();
  }

  @Test
  void whatIf_abstentionsAsNo_cannotUndoAnAdoptionWithoutAVote() {
    VoteRecord r = adopted(DecisionModality.WITHOUT_VOTE);
    var c = WhatIf.of(RULES).run(r, Scenario.abstentionsAsNo());
    assertThat(c.scenarioOutcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(c.baselineOutcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(c.outcomeChanged()).isFalse();
    assertThat(c.changes()).isEmpty();
  }
}
