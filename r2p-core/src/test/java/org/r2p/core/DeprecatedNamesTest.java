package org.r2p.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 0.1 names kept for one release: each does what the new name does. */
@SuppressWarnings("removal")
final class DeprecatedNamesTest {
  static final VoteRecord VETO = VoteRecord.builder().proposal(ValuesTest.proposal()).date(ValuesTest.D)
      .addVotes(Vote.of(MemberStates.CHINA, VotePosition.NO), Vote.of(MemberStates.RUSSIAN_FEDERATION, VotePosition.NO))
      .addRecordedVetoCasts(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION)
      .build();
  static final VoteRecord NONE = VETO.withRecordedVetoCasts(List.of());

  @Test
  void situationFromText_isSituationParse() {
    Proposal p = ValuesTest.proposal();
    assertThat(Proposal.builder().from(p).situation("SYRIA").build().situation()).contains(Situation.SYRIA);
    assertThat(p.withSituation("An agenda of its own").situation()).contains(Situation.other("An agenda of its own"));
  }

  @Test
  void recordedVetoes_isRecordedVetoCasts() {
    assertThat(VETO.recordedVetoes()).isEqualTo(VETO.recordedVetoCasts());
    assertThat(NONE.withRecordedVetoes(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION)).isEqualTo(VETO);
    assertThat(NONE.withRecordedVetoes(VETO.recordedVetoCasts())).isEqualTo(VETO);
    assertThat(VoteRecord.builder().from(NONE).addRecordedVetoes(MemberStates.CHINA)
        .addRecordedVetoes(MemberStates.RUSSIAN_FEDERATION).build()).isEqualTo(VETO);
    assertThat(VoteRecord.builder().from(NONE).addRecordedVetoes(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION)
        .build()).isEqualTo(VETO);
    assertThat(VoteRecord.builder().from(NONE).addAllRecordedVetoes(VETO.recordedVetoCasts()).build()).isEqualTo(VETO);
    assertThat(VoteRecord.builder().from(VETO).recordedVetoes(List.of()).build()).isEqualTo(NONE);
  }
}
