package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.Classification;
import org.r2p.core.Council;
import org.r2p.core.CouncilHistory;
import org.r2p.core.ElectedTerm;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.Proposal;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * Article 27 for a record that lacks some members' votes (FINDINGS §5): a member of the
 * Council on the date with no vote in the record is UNKNOWN, never ABSENT; the outcome is
 * definite when every way the missing members could have voted gives the same outcome (within
 * the reported tally), INDETERMINATE otherwise, and the commitment rules then see "veto cast:
 * unknown".
 */
final class IncompleteRecordTest {
  static final LocalDate D = CommitmentRulesTest.D;
  static final List<MemberState> ELECTED = new ArrayList<>();

  static {
    ELECTED.add(CommitmentRulesTest.URUGUAY);
    ELECTED.add(CommitmentRulesTest.BOLIVIA);
    for (int k = 0; k < 8; k++) {
      ELECTED.add(MemberState.of("E" + (char) ('A' + k) + "E", "Elected " + k));
    }
  }

  static final CouncilHistory HISTORY = CouncilHistory.of(ELECTED.stream().map(m -> ElectedTerm.ofYear(m, 2017)).toList());
  static final R2pRules RULES = R2pRules.builder().councilHistory(HISTORY).registry(CommitmentRulesTest.REGISTRY).build();
  static final Proposal DRAFT = CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE).withCredibleAssertedBy("FRA");

  static VoteRecord record(List<Vote> votes) {
    return VoteRecord.builder().proposal(DRAFT).date(D).votes(votes).build();
  }

  static List<Vote> yes(List<MemberState> who) {
    return who.stream().map(m -> Vote.of(m, VotePosition.YES)).toList();
  }

  @Test
  @DisplayName("five YES votes and nothing else: INDETERMINATE, naming the ten members whose votes are missing")
  void fiveYesAndNothingElse() {
    VoteRecord r = record(yes(ELECTED.subList(0, 5)));
    CharterDecision d = RULES.decide(r);
    assertThat(d.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(d.unknownVotes()).hasSize(10).containsAll(ELECTED.subList(5, 10))
        .contains(MemberStates.FRANCE, MemberStates.UNITED_KINGDOM, MemberStates.CHINA);
    assertThat(d.explanation().outcome()).isEqualTo("INDETERMINATE");
    assertThat(d.explanation().reason()).startsWith("10 members' votes are missing from the record (")
        .contains("Elected 5").endsWith("and they decide whether it was adopted or vetoed; whether a veto was cast is"
            + " unknown");
    assertThat(RULES.screen(r).outcome()).isEqualTo(Outcome.INDETERMINATE);
  }

  @Test
  @DisplayName("missing votes that cannot change the outcome: definite")
  void missingVotesThatCannotDecide() {
    // every permanent member and five elected members vote YES: ten affirmative votes, and no
    // missing member holds a veto
    List<MemberState> voters = new ArrayList<>(List.of(MemberStates.CHINA, MemberStates.FRANCE,
        MemberStates.RUSSIAN_FEDERATION, MemberStates.UNITED_KINGDOM, MemberStates.UNITED_STATES));
    voters.addAll(ELECTED.subList(0, 5));
    VoteRecord r = record(yes(voters));
    CharterDecision d = RULES.decide(r);
    assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(d.unknownVotes()).containsExactlyInAnyOrderElementsOf(ELECTED.subList(5, 10));
    assertThat(d.explanation().facts()).anySatisfy(f -> assertThat(f).startsWith("5 members' votes are missing")
        .contains("each is unknown, not absent; every way they could have voted gives ADOPTED"));
  }

  @Test
  @DisplayName("a French NO whose veto the missing votes decide: the pledge sees \"veto cast: unknown\"; a tally settles it")
  void frenchNoWhoseVetoIsUnknown() {
    // "France will never use its right of veto where there have been mass atrocities"
    List<Vote> votes = new ArrayList<>(yes(ELECTED.subList(0, 8)));
    votes.add(Vote.of(MemberStates.FRANCE, VotePosition.NO));
    VoteRecord r = record(votes);
    assertThat(RULES.decide(r).outcome()).isEqualTo(Outcome.INDETERMINATE);
    Finding f = RULES.check(r, MemberStates.FRANCE).get(1);
    assertThat(f.rule()).isEqualTo("french-pledge");
    assertThat(f.verdict()).as(f.explain()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(f.explanation().deciding()).extracting(Condition::name).containsExactly("used-veto");
    // the reported tally says no missing member voted YES: eight affirmative votes, no veto
    VoteRecord tallied = r.withReportedTally(Tally.of(8, 1, 6));
    assertThat(RULES.decide(tallied).outcome()).isEqualTo(Outcome.FAILED_INSUFFICIENT_VOTES);
    assertThat(RULES.check(tallied, MemberStates.FRANCE).get(1).verdict()).isEqualTo(Verdict.CONSISTENT);
    // and one that says a missing member voted YES: nine, so France's NO was a veto
    VoteRecord nine = r.withReportedTally(Tally.of(9, 1, 5));
    assertThat(RULES.decide(nine).outcome()).isEqualTo(Outcome.FAILED_VETO);
    assertThat(RULES.check(nine, MemberStates.FRANCE).get(1).verdict()).isEqualTo(Verdict.BREACH);
  }

  @Test
  @DisplayName("a record known only from the veto list keeps its inferred decision")
  void vetoListRecord() {
    VoteRecord r = VoteRecord.builder().proposal(DRAFT).date(D).addRecordedVetoCasts(MemberStates.RUSSIAN_FEDERATION)
        .build();
    CharterDecision d = RULES.decide(r);
    assertThat(d.outcome()).isEqualTo(Outcome.FAILED_VETO);
    assertThat(d.vetoCasts()).containsExactly(MemberStates.RUSSIAN_FEDERATION);
    assertThat(RULES.screen(r).outcome()).isEqualTo(Outcome.FAILED_VETO);
  }

  /** The outcome of a complete record, as Article 27 counts it. */
  static Outcome complete(VoteRecord r, Council c) {
    return Article27.decide(r, c).outcome();
  }

  @Test
  @DisplayName("law: the decision is the common outcome of every completion of the missing votes")
  void theDecisionIsTheCommonOutcomeOfAllCompletions() {
    Council council = HISTORY.councilOn(D);
    List<MemberState> members = new ArrayList<>(council.members());
    VotePosition[] choices = {VotePosition.YES, VotePosition.NO, VotePosition.ABSTAIN};
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random rnd = new Random(seed);
      List<Vote> all = new ArrayList<>();
      for (MemberState m : members) {
        int k = rnd.nextInt(10);
        all.add(Vote.of(m, k < 6 ? VotePosition.YES : k < 7 ? VotePosition.NO : VotePosition.ABSTAIN));
      }
      // up to five members' votes left out
      List<Vote> kept = new ArrayList<>(all);
      List<MemberState> missing = new ArrayList<>();
      int leave = rnd.nextInt(6);
      for (int i = 0; i < leave; i++) {
        Vote v = kept.remove(rnd.nextInt(kept.size()));
        missing.add(v.member());
      }
      Classification cls = rnd.nextInt(5) == 0 ? Classification.PROCEDURAL : Classification.NON_PROCEDURAL;
      VoteRecord r = VoteRecord.builder().proposal(DRAFT.withClassification(cls)).date(D).votes(kept).build();
      Tally truth = Tally.from(all);
      if (rnd.nextBoolean()) {
        r = r.withReportedTally(Tally.of(truth.yes(), truth.no(), truth.abstain()));
      }
      Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
      int n = missing.size();
      int total = (int) Math.pow(3, n);
      for (int code = 0; code < total; code++) {
        List<Vote> votes = new ArrayList<>(kept);
        int c = code;
        for (MemberState m : missing) {
          votes.add(Vote.of(m, choices[c % 3]));
          c /= 3;
        }
        VoteRecord completed = r.withVotes(votes).withReportedTally(java.util.Optional.empty());
        Tally t = Tally.from(votes);
        if (r.reportedTally().isPresent() && (t.yes() != r.reportedTally().get().yes()
            || t.no() != r.reportedTally().get().no())) {
          continue;
        }
        outcomes.add(complete(completed, council));
      }
      Outcome expected = outcomes.size() == 1 ? outcomes.iterator().next() : Outcome.INDETERMINATE;
      assertThat(RULES.decide(r).outcome()).as("%s missing %s", r, missing).isEqualTo(expected);
      assertThat(RULES.screen(r).outcome()).isEqualTo(expected);
      assertThat(RULES.decide(r).unknownVotes()).containsExactlyInAnyOrderElementsOf(missing);
    });
  }
}
