package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.r2p.core.Classification;
import org.r2p.core.Council;
import org.r2p.core.CouncilHistory;
import org.r2p.core.ElectedTerm;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.Proposal;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/** The laws of Article 27 over random Councils (11 or 15 members) and random votes. */
final class Article27PropertiesTest {
  static final VotePosition[] P = VotePosition.values();

  /** A random vote on a random date: 1946–1965 (11 members) or 1966–2030 (15). */
  static final class Case {
    final Council council;
    final VoteRecord record;

    Case(Council council, VoteRecord record) {
      this.council = council;
      this.record = record;
    }

    @Override
    public String toString() {
      return record.date() + " " + record.proposal().classification() + " " + record.votes();
    }
  }

  static Gen<Case> cases() {
    Gen<LocalDate> dates = integers().between(0, 1)
        .zip(integers().between(0, 20_000), (era, d) -> era == 0
            ? LocalDate.of(1946, 1, 1).plusDays(d % 7_300)
            : LocalDate.of(1966, 1, 1).plusDays(d));
    Gen<List<Integer>> positions = lists().of(integers().between(0, P.length - 1)).ofSize(15);
    Gen<Classification> cls = integers().between(0, 2).map(k -> Classification.values()[k]);
    return dates.zip(positions, cls, (date, pos, c) -> {
      int size = Council.nominalSizeOn(date);
      List<ElectedTerm> terms = new ArrayList<>();
      for (int k = 0; k < size - 5; k++) {
        terms.add(ElectedTerm.ofYear(MemberState.of("E" + (char) ('A' + k) + "X", "Elected " + k), date.getYear()));
      }
      Council council = CouncilHistory.of(terms).councilOn(date);
      Proposal p = Proposal.builder().date(date).subject("random").classification(c).build();
      VoteRecord.Builder r = VoteRecord.builder().proposal(p).date(date);
      int k = 0;
      for (MemberState m : council.members()) {
        r.addVotes(Vote.of(m, P[pos.get(k++)]));
      }
      return new Case(council, r.build());
    });
  }

  static Outcome outcome(VoteRecord r, Council c) {
    return Article27.decide(r, c).outcome();
  }

  @Test
  void theOutcomeAlone_isTheDecisionsOutcome() {
    qt().forAll(cases(), integers().between(0, 2)).checkAssert((c, m) -> {
      VoteRecord r = m == 0 ? c.record
          : VoteRecord.builder().from(c.record).votes(List.of())
              .modality(m == 1 ? org.r2p.core.DecisionModality.WITHOUT_VOTE : org.r2p.core.DecisionModality.BY_ACCLAMATION)
              .build();
      assertThat(Article27.outcome(r, c.council)).as(c.toString()).isEqualTo(Article27.decide(r, c.council).outcome());
    });
  }

  @Test
  void withoutAVote_adoptedWithNoVetoOnAnyDateUnderAnyReading_andScreeningAgrees() {
    qt().forAll(cases(), integers().between(0, 1), integers().between(0, 7)).checkAssert((c, m, q) -> {
      org.r2p.core.DecisionModality modality = m == 0 ? org.r2p.core.DecisionModality.WITHOUT_VOTE
          : org.r2p.core.DecisionModality.BY_ACCLAMATION;
      VoteRecord r = VoteRecord.builder().from(c.record).votes(List.of()).modality(modality).build();
      Interpretation i = Interpretation.defaults()
          .withArticle27_3((q & 1) == 0 ? Interpretation.Article27_3.PRACTICE : Interpretation.Article27_3.STRICT)
          .withAbsence((q & 2) == 0 ? Interpretation.Absence.AS_ABSTENTION : Interpretation.Absence.FLAG_CONTESTED)
          .withTransitionThreshold((q & 4) == 0 ? Interpretation.TransitionThreshold.BY_COUNCIL_SIZE
              : Interpretation.TransitionThreshold.BY_AMENDMENT_DATE);
      CharterDecision d = Article27.decide(r, c.council, i);
      assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
      assertThat(d.modality()).isEqualTo(modality);
      assertThat(d.vetoCasts()).isEmpty();
      assertThat(d.permanentNegative()).isEmpty();
      assertThat(d.irregularities()).isEmpty();
      assertThat(d.affirmative()).isZero();
      assertThat(d.threshold()).isEqualTo(Article27.threshold(c.council, i));
      R2pRules rules = R2pRules.builder().councilHistory(CouncilHistory.of(List.of())).interpretation(i).build();
      assertThat(rules.screen(r).outcome()).isEqualTo(Outcome.ADOPTED);
    });
  }

  @Test
  void abstentionAbsenceAndNonParticipationAreInterchangeable() {
    qt().forAll(cases(), integers().between(0, 14), integers().between(0, 2)).checkAssert((c, i, to) -> {
      Vote v = c.record.votes().get(i % c.record.votes().size());
      if (v.position() == VotePosition.YES || v.position() == VotePosition.NO) {
        return;
      }
      VotePosition other = new VotePosition[] {VotePosition.ABSTAIN, VotePosition.ABSENT, VotePosition.NOT_PARTICIPATING}[to];
      assertThat(outcome(c.record.withVote(v.member(), other), c.council)).isEqualTo(outcome(c.record, c.council));
    });
  }

  @Test
  void anAbstentionNeverBlocksAdoption() {
    qt().forAll(cases(), integers().between(0, 14)).checkAssert((c, i) -> {
      Vote v = c.record.votes().get(i % c.record.votes().size());
      if (v.position() != VotePosition.NO) {
        return;
      }
      // turning a NO into an abstention never turns an adoption into a failure, and never
      // creates a veto
      Outcome before = outcome(c.record, c.council);
      Outcome after = outcome(c.record.withVote(v.member(), VotePosition.ABSTAIN), c.council);
      if (before == Outcome.ADOPTED) {
        assertThat(after).isEqualTo(Outcome.ADOPTED);
      }
      if (before != Outcome.FAILED_VETO) {
        assertThat(after).isNotEqualTo(Outcome.FAILED_VETO);
      }
    });
  }

  @Test
  void enoughYesAndNoPermanentNoIsAdoptedWhateverTheAbstentions() {
    qt().forAll(cases()).checkAssert(c -> {
      CharterDecision d = Article27.decide(c.record, c.council);
      boolean p5No = c.record.votes().stream()
          .anyMatch(v -> v.position() == VotePosition.NO && c.council.isPermanent(v.member()));
      if (d.affirmative() >= d.threshold() && (!p5No || d.classification() == Classification.PROCEDURAL)) {
        assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
      }
    });
  }

  @Test
  void addingAYesNeverTurnsAdoptionIntoFailure() {
    qt().forAll(cases(), integers().between(0, 14)).checkAssert((c, i) -> {
      Vote v = c.record.votes().get(i % c.record.votes().size());
      if (outcome(c.record, c.council) == Outcome.ADOPTED) {
        assertThat(outcome(c.record.withVote(v.member(), VotePosition.YES), c.council)).isEqualTo(Outcome.ADOPTED);
      }
    });
  }

  @Test
  void aVetoNeedsAPermanentNoAndEnoughYes() {
    qt().forAll(cases()).checkAssert(c -> {
      CharterDecision d = Article27.decide(c.record, c.council);
      if (d.outcome() == Outcome.FAILED_VETO) {
        assertThat(d.classification()).isEqualTo(Classification.NON_PROCEDURAL);
        assertThat(d.affirmative()).isGreaterThanOrEqualTo(d.threshold());
        assertThat(d.vetoCasts()).isNotEmpty().allSatisfy(m -> {
          assertThat(c.council.isPermanent(m)).isTrue();
          assertThat(c.record.positionOf(m)).hasValue(VotePosition.NO);
        });
      } else {
        assertThat(d.vetoCasts()).isEmpty();
      }
    });
  }

  @Test
  void theThresholdIsSevenOfElevenOrNineOfFifteen() {
    qt().forAll(cases()).checkAssert(c -> {
      CharterDecision d = Article27.decide(c.record, c.council);
      assertThat(d.threshold()).isEqualTo(c.council.nominalSize() == 11 ? 7 : 9);
      assertThat(d.affirmative()).isEqualTo(c.record.tally().yes());
    });
  }

  @Test
  void procedural_neverVetoed() {
    qt().forAll(cases()).checkAssert(c -> {
      VoteRecord proc = c.record.withProposal(c.record.proposal().withClassification(Classification.PROCEDURAL));
      assertThat(outcome(proc, c.council)).isNotEqualTo(Outcome.FAILED_VETO);
    });
  }
}
