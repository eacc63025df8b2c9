package org.r2p.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class ValuesTest {
  static final LocalDate D = LocalDate.of(2014, 5, 22);

  static Proposal proposal() {
    return Proposal.builder()
        .symbol(DocumentSymbol.parse("S/2014/348"))
        .date(D)
        .subject("Syria: referral to the ICC")
        .build();
  }

  @Nested
  final class MemberStateTest {
    @Test
    void of_badCode() {
      assertThatThrownBy(() -> MemberState.of("fr", "France"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("member state code must be three upper-case letters A-Z: 'fr'");
    }

    @Test
    void of_nullCode() {
      assertThatThrownBy(() -> MemberState.of(null, "France"))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("code");
    }

    @Test
    void of_blankName() {
      assertThatThrownBy(() -> MemberState.of("FRA", " "))
          .hasMessage("member state name must not be blank: FRA");
    }

    @Test
    void namesDependOnTheDate_sameSeatSameCode() {
      // FINDINGS 5: Ukrainian SSR / Ukraine from 24 Aug 1991, Byelorussian SSR / Belarus from 19 Sep 1991
      MemberState ukr = MemberStates.byCode("UKR").orElseThrow();
      assertThat(MemberStates.nameOn(ukr, java.time.LocalDate.of(1948, 5, 24))).isEqualTo("Ukrainian SSR");
      assertThat(MemberStates.nameOn(ukr, java.time.LocalDate.of(1991, 8, 23))).isEqualTo("Ukrainian SSR");
      assertThat(MemberStates.nameOn(ukr, java.time.LocalDate.of(1991, 8, 24))).isEqualTo("Ukraine");
      assertThat(MemberStates.nameOn(MemberStates.UKRAINIAN_SSR, java.time.LocalDate.of(2022, 2, 25)))
          .isEqualTo("Ukraine");
      MemberState blr = MemberStates.byCode("BLR").orElseThrow();
      assertThat(blr).isEqualTo(MemberStates.BYELORUSSIAN_SSR).isEqualTo(MemberStates.byCode("BYS").orElseThrow());
      assertThat(MemberStates.nameOn(blr, java.time.LocalDate.of(1974, 1, 1))).isEqualTo("Byelorussian SSR");
      assertThat(MemberStates.nameOn(blr, java.time.LocalDate.of(1991, 9, 18))).isEqualTo("Byelorussian SSR");
      assertThat(MemberStates.nameOn(blr, java.time.LocalDate.of(1991, 9, 19))).isEqualTo("Belarus");
      assertThat(MemberStates.nameOn(MemberStates.FRANCE, java.time.LocalDate.of(1950, 1, 1))).isEqualTo("France");
      assertThat(MemberStates.isKnown("BYS")).isTrue();
    }

    @Test
    void equality_isByCodeOnly() {
      assertThat(MemberState.of("UKR", "Ukraine")).isEqualTo(MemberStates.UKRAINIAN_SSR)
          .hasSameHashCodeAs(MemberStates.UKRAINIAN_SSR);
      assertThat(MemberState.of("UKR", "Ukraine")).isNotEqualTo(MemberStates.RUSSIAN_FEDERATION);
    }

    @Test
    void byCode() {
      assertThat(MemberStates.byCode("SUN")).hasValue(MemberStates.USSR);
      assertThat(MemberStates.byCode("ZZZ")).isEmpty();
      assertThat(MemberStates.byCode("NZL")).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("New Zealand"));
      assertThat(MemberStates.isKnown("XUA")).isTrue();
      assertThat(MemberStates.isKnown("QQQ")).isFalse();
    }
  }

  @Nested
  final class VoteTest {
    @Test
    void of_nullMember() {
      assertThatThrownBy(() -> Vote.of(null, VotePosition.NO))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("member");
    }

    @Test
    void withPosition_leavesOriginalUnchanged() {
      Vote v = Vote.of(MemberStates.FRANCE, VotePosition.NO);
      Vote w = v.withPosition(VotePosition.ABSTAIN);
      assertThat(v.position()).isEqualTo(VotePosition.NO);
      assertThat(w.position()).isEqualTo(VotePosition.ABSTAIN);
      assertThat(w).isNotEqualTo(v);
      assertThat(w.withPosition(VotePosition.NO)).isEqualTo(v);
    }

    @Test
    void letters() {
      for (VotePosition p : VotePosition.values()) {
        assertThat(VotePosition.ofLetter(p.letter())).isEqualTo(p);
      }
      assertThatThrownBy(() -> VotePosition.ofLetter('Q'))
          .hasMessage("vote letter must be one of Y, N, A, X, P: 'Q'");
    }
  }

  @Nested
  final class TallyTest {
    @Test
    void of_tooManyYes() {
      assertThatThrownBy(() -> Tally.of(16, 0, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("affirmative votes must be between 0 and 15: 16");
    }

    @Test
    void of_negative() {
      assertThatThrownBy(() -> Tally.of(9, -1, 0))
          .hasMessage("negative votes must be between 0 and 15: -1");
    }

    @Test
    void of_totalTooLarge() {
      assertThatThrownBy(() -> Tally.of(9, 4, 3)).hasMessage("total votes must be between 0 and 15: 16");
    }

    @Test
    void from_counts() {
      Tally t = Tally.from(java.util.List.of(
          Vote.of(MemberStates.FRANCE, VotePosition.YES),
          Vote.of(MemberStates.CHINA, VotePosition.NO),
          Vote.of(MemberStates.UNITED_STATES, VotePosition.ABSENT),
          Vote.of(MemberStates.UNITED_KINGDOM, VotePosition.NOT_PARTICIPATING)));
      assertThat(t).isEqualTo(Tally.builder().yes(1).no(1).abstain(0).absent(1).notParticipating(1).build());
      assertThat(t.total()).isEqualTo(4);
      assertThat(t.toString()).isEqualTo("1-1-0");
    }
  }

  @Nested
  final class VoteRecordTest {
    @Test
    void build_duplicateMember() {
      assertThatThrownBy(() -> VoteRecord.builder().proposal(proposal()).date(D)
              .addVotes(Vote.of(MemberStates.CHINA, VotePosition.NO))
              .addVotes(Vote.of(MemberStates.CHINA, VotePosition.YES))
              .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("each member may vote once: CHN votes twice on S/2014/348");
    }

    @Test
    void build_dateBeforeCharter() {
      assertThatThrownBy(() -> VoteRecord.builder().proposal(proposal()).date(LocalDate.of(1945, 10, 23)).build())
          .hasMessage("vote date must not be before the Charter entered into force (1945-10-24): 1945-10-23");
    }

    @Test
    void build_tooManyVotes() {
      VoteRecord.Builder b = VoteRecord.builder().proposal(proposal()).date(D);
      for (int k = 0; k < 16; k++) {
        b.addVotes(Vote.of(MemberState.of("A" + (char) ('A' + k) + "A", "State " + k), VotePosition.YES));
      }
      assertThatThrownBy(b::build).hasMessage("number of votes must be between 0 and 15: 16");
    }

    @Test
    void withVote_changesOneMemberOnly() {
      VoteRecord r = VoteRecord.builder().proposal(proposal()).date(D)
          .addVotes(Vote.of(MemberStates.CHINA, VotePosition.NO), Vote.of(MemberStates.FRANCE, VotePosition.YES))
          .build();
      VoteRecord s = r.withVote(MemberStates.CHINA, VotePosition.ABSTAIN);
      assertThat(r.positionOf(MemberStates.CHINA)).hasValue(VotePosition.NO);
      assertThat(s.positionOf(MemberStates.CHINA)).hasValue(VotePosition.ABSTAIN);
      assertThat(s.positionOf(MemberStates.FRANCE)).hasValue(VotePosition.YES);
      assertThat(s.tally()).isEqualTo(Tally.of(1, 0, 1));
      assertThat(r.withVote(MemberStates.USSR, VotePosition.YES).votes()).hasSize(3);
      assertThat(r.positionOf(MemberStates.UNITED_STATES)).isEmpty();
    }

    @Test
    void source_defaultsToUser() {
      assertThat(VoteRecord.builder().proposal(proposal()).date(D).build().source()).isEqualTo("user");
    }

    @Test
    void modality_defaultsToARecordedVote() {
      VoteRecord r = VoteRecord.builder().proposal(proposal()).date(D).build();
      assertThat(r.modality()).isEqualTo(DecisionModality.RECORDED_VOTE);
      assertThat(r.modality().voteTaken()).isTrue();
    }

    @Test
    void withoutAVote_carriesNoVoteTallyOrVeto() {
      VoteRecord r = VoteRecord.builder().proposal(proposal()).date(D).modality(DecisionModality.WITHOUT_VOTE)
          .recordedOutcome(Outcome.ADOPTED).addFlags("a flag").build();
      assertThat(r.modality().voteTaken()).isFalse();
      assertThat(r.votes()).isEmpty();
      assertThat(r.tally()).isEqualTo(Tally.of(0, 0, 0));
      assertThat(VoteRecord.builder().from(r).build()).isEqualTo(r);
      assertThat(r.withId("x").modality()).isEqualTo(DecisionModality.WITHOUT_VOTE);
    }

    @Test
    void withoutAVote_votesRejected() {
      VoteRecord.Builder b = VoteRecord.builder().proposal(proposal()).date(D).modality(DecisionModality.BY_ACCLAMATION)
          .addVotes(Vote.of(MemberStates.FRANCE, VotePosition.YES));
      assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("S/2014/348 was adopted by acclamation (modality BY_ACCLAMATION), so it must have no votes: 1 given");
    }

    @Test
    void withoutAVote_tallyVetoesAndOtherOutcomesRejected() {
      VoteRecord.Builder b = VoteRecord.builder().proposal(proposal()).date(D).modality(DecisionModality.WITHOUT_VOTE);
      assertThatThrownBy(() -> b.reportedTally(Tally.of(15, 0, 0)).build())
          .hasMessage("S/2014/348 was adopted without a vote (modality WITHOUT_VOTE), so it must have no reported"
              + " tally: 15-0-0");
      VoteRecord.Builder c = VoteRecord.builder().proposal(proposal()).date(D).modality(DecisionModality.WITHOUT_VOTE);
      assertThatThrownBy(() -> c.addRecordedVetoCasts(MemberStates.CHINA).build())
          .hasMessageEndingWith("so it must have no recorded veto casts: [CHN]");
      VoteRecord.Builder d = VoteRecord.builder().proposal(proposal()).date(D).modality(DecisionModality.WITHOUT_VOTE);
      assertThatThrownBy(() -> d.recordedOutcome(Outcome.FAILED_VETO).build())
          .hasMessageEndingWith("so its recorded outcome must be ADOPTED: FAILED_VETO");
    }

    @Test
    void withoutAVote_withVoteRejected() {
      VoteRecord r = VoteRecord.builder().proposal(proposal()).date(D).modality(DecisionModality.WITHOUT_VOTE).build();
      assertThatThrownBy(() -> r.withVote(MemberStates.FRANCE, VotePosition.NO))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must have no votes: 1 given");
    }
  }

  @Nested
  final class ProposalTest {
    @Test
    void defaults() {
      Proposal p = proposal();
      assertThat(p.kind()).isEqualTo(ProposalKind.DRAFT_RESOLUTION);
      assertThat(p.classification()).isEqualTo(Classification.NON_PROCEDURAL);
      assertThat(p.charterBasis()).isEqualTo(CharterBasis.UNSPECIFIED);
      assertThat(p.label()).isEqualTo("S/2014/348");
      assertThat(p.atrocityAim()).isEmpty();
    }

    @Test
    void blankSubject() {
      assertThatThrownBy(() -> Proposal.builder().date(D).subject("").build())
          .hasMessage("subject must not be blank: ''");
    }

    @Test
    void labelWithoutSymbol() {
      assertThat(Proposal.builder().date(D).subject("Agenda adoption").build().label()).isEqualTo("Agenda adoption");
    }

    @Test
    void atrocityAim_noWithCrimes() {
      assertThatThrownBy(() -> AtrocityAim.builder().assessment(Assessment.NO)
              .addCrimes(AtrocityCrime.GENOCIDE).assertedBy("user").build())
          .hasMessage("crimes must be empty when the atrocity assessment is NO: [GENOCIDE]");
    }

    @Test
    void withClassification_leavesOriginal() {
      Proposal p = proposal();
      Proposal q = p.withClassification(Classification.PROCEDURAL);
      assertThat(p.classification()).isEqualTo(Classification.NON_PROCEDURAL);
      assertThat(q.classification()).isEqualTo(Classification.PROCEDURAL);
    }
  }

  @Nested
  final class CitationTest {
    @Test
    void defaultsUrlAndPrints() {
      Citation c = Citation.of(Instrument.UN_CHARTER, "Art. 27(3)");
      assertThat(c.url()).isEqualTo(Instrument.UN_CHARTER.url());
      assertThat(c.toString()).isEqualTo("UN Charter Art. 27(3)");
    }

    @Test
    void blankProvision() {
      assertThatThrownBy(() -> Citation.of(Instrument.UN_CHARTER, "  "))
          .hasMessage("provision must not be blank: '  '");
    }
  }

  @Nested
  final class InstrumentTest {
    @Test
    void inEffect() {
      assertThat(Instrument.ACT_CODE_OF_CONDUCT.inEffectOn(LocalDate.of(2015, 10, 22))).isFalse();
      assertThat(Instrument.ACT_CODE_OF_CONDUCT.inEffectOn(LocalDate.of(2015, 10, 23))).isTrue();
      assertThat(Instrument.WORLD_SUMMIT_OUTCOME.inEffectOn(LocalDate.of(1950, 1, 1))).isTrue();
    }
  }
}
