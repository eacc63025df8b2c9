package org.r2p.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CouncilTest {

  @Test
  void holders_china() {
    assertThat(PermanentSeat.CHINA.holderOn(LocalDate.of(1971, 10, 24))).isEqualTo(MemberStates.REPUBLIC_OF_CHINA);
    assertThat(PermanentSeat.CHINA.holderOn(LocalDate.of(1971, 10, 25))).isEqualTo(MemberStates.CHINA);
  }

  @Test
  void holders_russia() {
    assertThat(PermanentSeat.RUSSIA.holderOn(LocalDate.of(1991, 12, 23))).isEqualTo(MemberStates.USSR);
    assertThat(PermanentSeat.RUSSIA.holderOn(LocalDate.of(1991, 12, 24))).isEqualTo(MemberStates.RUSSIAN_FEDERATION);
  }

  @Test
  void holderOn_beforeCharter() {
    assertThatThrownBy(() -> PermanentSeat.FRANCE.holderOn(LocalDate.of(1945, 1, 1)))
        .hasMessage("date must not be before the Charter entered into force (1945-10-24): 1945-01-01");
  }

  @Test
  void heldBy() {
    assertThat(PermanentSeat.heldBy(MemberStates.USSR, LocalDate.of(1950, 1, 1))).hasValue(PermanentSeat.RUSSIA);
    assertThat(PermanentSeat.heldBy(MemberStates.USSR, LocalDate.of(2000, 1, 1))).isEmpty();
    assertThat(PermanentSeat.everHeldBy(MemberStates.REPUBLIC_OF_CHINA)).hasValue(PermanentSeat.CHINA);
    assertThat(PermanentSeat.everHeldBy(MemberStates.YUGOSLAVIA)).isEmpty();
  }

  @Test
  void size_switchesOn1966() {
    assertThat(Council.nominalSizeOn(LocalDate.of(1965, 12, 31))).isEqualTo(11);
    assertThat(Council.nominalSizeOn(LocalDate.of(1966, 1, 1))).isEqualTo(15);
    assertThat(Council.on(LocalDate.of(1965, 9, 1), List.of()).votesRequired()).isEqualTo(7);
    assertThat(Council.on(LocalDate.of(1966, 2, 1), List.of()).votesRequired()).isEqualTo(9);
  }

  @Test
  void tooManyElected() {
    List<MemberState> seven = new ArrayList<>();
    for (int k = 0; k < 7; k++) {
      seven.add(MemberState.of("Q" + (char) ('A' + k) + "Z", "State " + k));
    }
    assertThatThrownBy(() -> Council.on(LocalDate.of(1950, 1, 1), seven))
        .hasMessageStartingWith("elected members must be at most 6 on 1950-01-01: 7");
  }

  @Test
  void permanentCannotBeElected() {
    assertThatThrownBy(() -> Council.on(LocalDate.of(1950, 1, 1), List.of(MemberStates.FRANCE)))
        .hasMessage("a permanent member cannot also be elected: FRA");
  }

  @Test
  void history_councilOn() {
    MemberState brazil = MemberState.of("BRA", "Brazil");
    MemberState india = MemberState.of("IND", "India");
    CouncilHistory h = CouncilHistory.of(List.of(ElectedTerm.ofYear(brazil, 2011), ElectedTerm.ofYear(india, 2011),
        ElectedTerm.ofYear(india, 2012)));
    Council c = h.councilOn(LocalDate.of(2011, 3, 17));
    assertThat(c.electedMembers()).containsExactlyInAnyOrder(brazil, india);
    assertThat(c.isMember(brazil)).isTrue();
    assertThat(c.isPermanent(brazil)).isFalse();
    assertThat(c.seatOf(MemberStates.RUSSIAN_FEDERATION)).hasValue(PermanentSeat.RUSSIA);
    assertThat(c.members()).hasSize(7).startsWith(MemberStates.CHINA);
    assertThat(h.councilOn(LocalDate.of(2012, 1, 1)).electedMembers()).containsExactly(india);
    assertThat(CouncilHistory.permanentOnly().councilOn(LocalDate.of(2012, 1, 1)).members()).hasSize(5);
  }

  @Test
  void electedSeatsKnown_andEveryMembersVote() {
    List<MemberState> ten = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      ten.add(MemberState.of("Q" + (char) ('A' + k) + "Z", "State " + k));
    }
    LocalDate d = LocalDate.of(2014, 5, 22);
    Council full = Council.on(d, ten);
    Council partial = Council.on(d, ten.subList(0, 9));
    assertThat(full.electedSeatsKnown()).isTrue();
    assertThat(partial.electedSeatsKnown()).isFalse();
    VoteRecord.Builder b = VoteRecord.builder().date(d)
        .proposal(Proposal.builder().date(d).subject("s").build());
    for (MemberState m : full.members()) {
      b.addVotes(Vote.of(m, VotePosition.YES));
    }
    VoteRecord all = b.build();
    assertThat(all.hasVoteOfEachMember(full)).isTrue();
    assertThat(all.hasVoteOfEachMember(partial)).isTrue();
    assertThat(all.withVotes(all.votes().subList(0, 14)).hasVoteOfEachMember(full)).isFalse();
  }

  @Test
  void electedTerm_endsBeforeStart() {
    assertThatThrownBy(() -> ElectedTerm.of(MemberStates.YUGOSLAVIA, LocalDate.of(1950, 2, 1), LocalDate.of(1950, 1, 1)))
        .hasMessage("term of YUG must not end before it begins: 1950-02-01 to 1950-01-01");
  }

  @Test
  void property_everyDateHasFivePermanentHolders() {
    qt().forAll(longs().between(LocalDate.of(1945, 10, 24).toEpochDay(), LocalDate.of(2100, 1, 1).toEpochDay()))
        .checkAssert(day -> {
          LocalDate date = LocalDate.ofEpochDay(day);
          Council c = CouncilHistory.permanentOnly().councilOn(date);
          assertThat(c.permanentMembers()).hasSize(5);
          for (PermanentSeat s : PermanentSeat.values()) {
            assertThat(PermanentSeat.heldBy(s.holderOn(date), date)).hasValue(s);
          }
        });
  }

  @Test
  void property_membersListThePermanentFirst_andEqualStatesAreFound() {
    qt().forAll(longs().between(0, 10_000)).checkAssert(seed -> {
      java.util.Random r = new java.util.Random(seed);
      List<MemberState> elected = new ArrayList<>();
      int n = r.nextInt(11);
      while (elected.size() < n) {
        MemberState s = MemberState.of("" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26))
            + (char) ('A' + r.nextInt(26)), "random");
        if (!elected.contains(s) && PermanentSeat.everHeldBy(s).isEmpty()) {
          elected.add(s);
        }
      }
      Council c = Council.on(LocalDate.of(1966, 1, 1).plusDays(r.nextInt(20_000)), elected);
      List<MemberState> members = new ArrayList<>(c.members());
      assertThat(members).hasSize(5 + elected.size());
      for (int i = 0; i < members.size(); i++) {
        MemberState m = members.get(i);
        // an equal state made anew, not the same instance, is found
        MemberState anew = MemberState.of(m.code(), "other name");
        assertThat(c.isMember(anew)).isTrue();
        assertThat(c.isPermanent(anew)).isEqualTo(i < 5);
        assertThat(c.seatOf(anew).isPresent()).isEqualTo(i < 5);
      }
      MemberState outsider = MemberState.of("QQQ", "outsider");
      assertThat(c.isMember(outsider)).isEqualTo(elected.contains(outsider));
    });
  }
}
