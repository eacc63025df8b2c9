package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CouncilHistory;
import org.r2p.core.ElectedTerm;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * GA res 76/262 after a record whose missing votes decide whether the draft was vetoed: the
 * meeting is required if a veto was cast, which is unknown, never "no debate".
 */
final class GaDebateIncompleteRecordTest {
  static final LocalDate D = LocalDate.of(2024, 3, 14);
  static final List<MemberState> ELECTED = new ArrayList<>();

  static {
    for (int k = 0; k < 10; k++) {
      ELECTED.add(MemberState.of("E" + (char) ('A' + k) + "E", "Elected " + k));
    }
  }

  static final R2pRules RULES = R2pRules.builder()
      .councilHistory(CouncilHistory.of(ELECTED.stream().map(m -> ElectedTerm.ofYear(m, 2024)).toList()))
      .registry(CommitmentRulesTest.REGISTRY).build();

  static VoteRecord frenchNoWithVotesMissing() {
    List<Vote> votes = new ArrayList<>(ELECTED.subList(0, 8).stream().map(m -> Vote.of(m, VotePosition.YES)).toList());
    votes.add(Vote.of(MemberStates.FRANCE, VotePosition.NO));
    return VoteRecord.builder().proposal(CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE)).date(D)
        .votes(votes).build();
  }

  @Test
  @DisplayName("an INDETERMINATE decision: meeting required unknown, naming the missing votes and who could have vetoed")
  void indeterminateDecision_meetingRequiredUnknown() {
    VoteRecord r = frenchNoWithVotesMissing();
    Review review = RULES.review(r);
    assertThat(review.decision().outcome()).isEqualTo(Outcome.INDETERMINATE);
    GaDebate g = review.gaDebate().orElseThrow(() -> new AssertionError("the debate is unknown, not absent"));
    assertThat(g.vetoCast()).isEqualTo(Ternary.UNKNOWN);
    assertThat(g.meetingRequired()).isEqualTo(Ternary.UNKNOWN);
    assertThat(g.vetoingMembers()).isEmpty();
    assertThat(g.deadline()).isEqualTo(WorkingDayCalendar.weekendsOnly().plusWorkingDays(D, 10));
    Explanation e = g.explanation();
    assertThat(e.outcome()).startsWith("MEETING REQUIRED: UNKNOWN");
    assertThat(e.conditions()).anySatisfy(c -> {
      assertThat(c.name()).isEqualTo("veto-cast");
      assertThat(c.result()).isEqualTo(Ternary.UNKNOWN);
    });
    // the missing votes are named: every member of the Council on the date without a vote
    for (MemberState m : review.decision().unknownVotes()) {
      assertThat(e.paragraph()).contains(m.name());
    }
    assertThat(e.paragraph()).contains("6 members' votes missing").contains("France");
  }

  @Test
  @DisplayName("a tally that settles it: a definite veto gives a definite meeting, a definite failure none")
  void aTallySettlesIt() {
    VoteRecord r = frenchNoWithVotesMissing();
    GaDebate vetoed = RULES.review(r.withReportedTally(Tally.of(9, 1, 5))).gaDebate().orElseThrow();
    assertThat(vetoed.vetoCast()).isEqualTo(Ternary.TRUE);
    assertThat(vetoed.vetoingMembers()).containsExactly(MemberStates.FRANCE);
    assertThat(RULES.review(r.withReportedTally(Tally.of(8, 1, 6))).gaDebate()).isEmpty();
  }

  @Test
  @DisplayName("an emergency special session on the same situation: no separate meeting, veto or not")
  void carveOutDecidesIt() {
    R2pRules ess = R2pRules.builder()
        .councilHistory(CouncilHistory.of(ELECTED.stream().map(m -> ElectedTerm.ofYear(m, 2024)).toList()))
        .registry(CommitmentRulesTest.REGISTRY).emergencySession(x -> true).build();
    GaDebate g = ess.review(frenchNoWithVotesMissing()).gaDebate().orElseThrow();
    assertThat(g.meetingRequired()).isEqualTo(Ternary.FALSE);
  }

  @Test
  @DisplayName("missing votes that cannot make a veto: no debate")
  void noPossibleVeto_none() {
    // five elected members vote YES and nothing else is recorded; every permanent member's
    // vote is missing, so a veto is possible
    List<Vote> votes = new ArrayList<>(ELECTED.subList(0, 5).stream().map(m -> Vote.of(m, VotePosition.YES)).toList());
    VoteRecord open = VoteRecord.builder().proposal(CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE)).date(D)
        .votes(votes).build();
    assertThat(RULES.review(open).gaDebate()).hasValueSatisfying(g -> assertThat(g.vetoCast()).isEqualTo(Ternary.UNKNOWN));
    // the permanent members vote YES or abstain, three elected members YES: only elected members
    // are missing, they decide whether it was adopted, and none can veto
    List<Vote> p5 = new ArrayList<>(votes.subList(0, 3));
    for (MemberState m : List.of(MemberStates.CHINA, MemberStates.FRANCE, MemberStates.RUSSIAN_FEDERATION,
        MemberStates.UNITED_KINGDOM)) {
      p5.add(Vote.of(m, VotePosition.YES));
    }
    p5.add(Vote.of(MemberStates.UNITED_STATES, VotePosition.ABSTAIN));
    VoteRecord noVeto = open.withVotes(p5);
    assertThat(RULES.decide(noVeto).outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(RULES.review(noVeto).gaDebate()).isEmpty();
  }
}
