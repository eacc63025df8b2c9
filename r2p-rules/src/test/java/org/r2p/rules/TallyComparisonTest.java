package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.r2p.core.MemberState;
import org.r2p.core.Proposal;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/** The comparison of a reported tally with the votes, by its laws and on examples. */
final class TallyComparisonTest {
  private static final VotePosition[] P = VotePosition.values();
  private static final List<VotePosition> YNA = List.of(VotePosition.YES, VotePosition.NO, VotePosition.ABSTAIN);

  /** Up to 15 votes by distinct members, in random positions. */
  static Gen<List<Vote>> votes() {
    return votes(15);
  }

  static Gen<List<Vote>> votes(int most) {
    return lists().of(integers().between(0, P.length - 1)).ofSizeBetween(0, most).map(pos -> {
      List<Vote> out = new ArrayList<>();
      for (int k = 0; k < pos.size(); k++) {
        out.add(Vote.of(MemberState.of("X" + (char) ('A' + k) + "X", "Member " + k), P[pos.get(k)]));
      }
      return out;
    });
  }

  @Test
  void theVotesOfATallyAndEveryPartOfThemAgreeWithIt() {
    qt().forAll(votes(), integers().between(0, 15)).checkAssert((all, cut) -> {
      Tally reported = Tally.from(all);
      assertThat(TallyComparison.of(reported, all).contradicts()).isFalse();
      assertThat(TallyComparison.of(reported, all).complete()).isTrue();
      List<Vote> part = all.subList(0, Math.min(cut, all.size()));
      TallyComparison c = TallyComparison.of(reported, part);
      assertThat(c.exceeds()).isFalse();
      assertThat(c.contradicts()).as("%s of %s", part, all).isFalse();
      assertThat(c.complete()).isEqualTo(part.size() == all.size());
    });
  }

  @Test
  void aCompleteListThatMovesAVoteBetweenYesNoAndAbstainContradicts() {
    qt().forAll(votes(), integers().between(0, 14), integers().between(1, 2)).checkAssert((all, i, shift) -> {
      if (all.isEmpty()) {
        return;
      }
      Vote v = all.get(i % all.size());
      if (!YNA.contains(v.position())) {
        return;
      }
      List<Vote> changed = new ArrayList<>(all);
      VotePosition other = YNA.get((YNA.indexOf(v.position()) + shift) % 3);
      changed.set(i % all.size(), Vote.of(v.member(), other));
      TallyComparison c = TallyComparison.of(Tally.from(all), changed);
      assertThat(c.complete()).isTrue();
      assertThat(c.differs()).isTrue();
      assertThat(c.contradicts()).isTrue();
    });
  }

  @Test
  void votesBeyondWhatTheTallyReportsContradictItEvenWhenPartial() {
    // at most 14 votes, so that one more still makes a tally (at most 15 members)
    qt().forAll(votes(14), integers().between(0, 15), integers().between(0, 2)).checkAssert((all, cut, k) -> {
      Tally reported = Tally.from(all);
      List<Vote> part = new ArrayList<>(all.subList(0, Math.min(cut, all.size())));
      VotePosition extra = YNA.get(k);
      // as many of that position as the tally reports, and one more
      int have = (int) part.stream().filter(v -> v.position() == extra).count();
      int want = extra == VotePosition.YES ? reported.yes() : extra == VotePosition.NO ? reported.no() : reported.abstain();
      for (int n = have; n <= want; n++) {
        part.add(Vote.of(MemberState.of("Y" + (char) ('A' + n % 26) + (char) ('A' + n / 26), "Extra " + n), extra));
      }
      TallyComparison c = TallyComparison.of(reported, part);
      assertThat(c.exceeds()).isTrue();
      assertThat(c.contradicts()).isTrue();
    });
  }

  @Test
  void anIncompleteListThatFitsIsNoContradictionAndOneThatOverflowsIs() {
    List<Vote> two = List.of(Vote.of(MemberState.of("FRA", "France"), VotePosition.YES),
        Vote.of(MemberState.of("GBR", "United Kingdom"), VotePosition.NO));
    assertThat(TallyComparison.of(Tally.of(13, 2, 0), two).contradicts()).isFalse();
    TallyComparison over = TallyComparison.of(Tally.of(14, 0, 1), two);
    assertThat(over.complete()).isFalse();
    assertThat(over.contradicts()).isTrue();
    assertThat(over).hasToString("reported 14-0-1, the votes give 1-1-0");
  }

  @Test
  void aRecordIsComparedOnlyWhenItReportsATallyAndGivesVotes() {
    LocalDate d = LocalDate.of(2017, 4, 12);
    Proposal p = Proposal.builder().date(d).subject("test").build();
    Vote yes = Vote.of(MemberState.of("FRA", "France"), VotePosition.YES);
    VoteRecord none = VoteRecord.builder().proposal(p).date(d).addVotes(yes).build();
    VoteRecord noVotes = VoteRecord.builder().proposal(p).date(d).reportedTally(Tally.of(1, 0, 0)).build();
    VoteRecord both = VoteRecord.builder().proposal(p).date(d).addVotes(yes).reportedTally(Tally.of(0, 1, 0)).build();
    assertThat(TallyComparison.of(none)).isEmpty();
    assertThat(TallyComparison.of(noVotes)).isEmpty();
    assertThat(TallyComparison.of(both)).hasValue(new TallyComparison(Tally.of(0, 1, 0), Tally.of(1, 0, 0), 1));
    assertThat(TallyComparison.of(both).get().contradicts()).isTrue();
  }

  @Test
  void fewerVotesThanCountedIsRefused() {
    assertThatThrownBy(() -> new TallyComparison(Tally.of(1, 0, 0), Tally.of(2, 0, 0), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of votes must be at least the 2 counted: 1");
  }
}
