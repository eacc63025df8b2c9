package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Proposal;
import org.r2p.core.Situation;
import org.r2p.core.VoteRecord;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.Summary;
import org.r2p.rules.whatif.WhatIf;

/**
 * Code written against 0.1 keeps working through deprecated bridges, each marked for removal
 * since 0.2.0: it does what the new method does, under the old name and with the old types.
 */
@SuppressWarnings("removal")
final class DeprecatedBridgesTest {
  static final R2pDatasets DATA = R2pDatasets.bundled();

  @Test
  void situationFromText_isSituationParse() {
    Proposal.Builder b = Proposal.builder().date(LocalDate.of(2014, 5, 22)).subject("Syria");
    assertThat(b.situation("ISRAEL_PALESTINE").build().situation()).contains(Situation.ISRAEL_PALESTINE);
    assertThat(Proposal.builder().date(LocalDate.of(2014, 5, 22)).subject("Syria")
        .situation("The situation in the Middle East").build().situation())
        .contains(Situation.parse("The situation in the Middle East"));
    Proposal p = b.build();
    assertThat(p.withSituation("ISRAEL_PALESTINE")).isEqualTo(p);
    assertThat(p.withSituation("Syria").situation()).contains(Situation.parse("Syria"));
  }

  @Test
  void recordedVetoes_isRecordedVetoCasts_inTheRecordItsBuilderAndItsCopies() {
    VoteRecord veto = DATA.vetoes().stream().filter(v -> v.recordedVetoCasts().size() == 2).findFirst().orElseThrow();
    assertThat(veto.recordedVetoes()).isEqualTo(veto.recordedVetoCasts());
    VoteRecord none = veto.withRecordedVetoCasts(List.of());
    assertThat(none.withRecordedVetoes(veto.recordedVetoCasts())).isEqualTo(veto);
    MemberState[] casts = veto.recordedVetoCasts().toArray(new MemberState[0]);
    assertThat(none.withRecordedVetoes(casts)).isEqualTo(veto);
    assertThat(VoteRecord.builder().from(none).addRecordedVetoes(casts).build()).isEqualTo(veto);
    assertThat(VoteRecord.builder().from(none).addRecordedVetoes(casts[0], casts[1]).build()).isEqualTo(veto);
    assertThat(none.withRecordedVetoes(casts[0], casts[1])).isEqualTo(veto);
    assertThat(VoteRecord.builder().from(none).addRecordedVetoes(casts[0]).addRecordedVetoes(casts[1]).build())
        .isEqualTo(veto);
    assertThat(VoteRecord.builder().from(none).addAllRecordedVetoes(veto.recordedVetoCasts()).build()).isEqualTo(veto);
    assertThat(VoteRecord.builder().from(veto).recordedVetoes(List.of()).build()).isEqualTo(none);
  }

  @Test
  void byMember_isKeyedByTheStatesCode_asIn01_andByStateByTheState() {
    HistoryRun run = WhatIf.of(DATA.rules()).runAll(DATA.vetoes(), Scenario.baseline());
    Summary usa = run.byMember().get("USA");
    assertThat(usa).isNotNull().isEqualTo(run.byState().get(MemberStates.UNITED_STATES));
    assertThat(run.byMember().get("SUN")).isEqualTo(run.byState().get(MemberStates.USSR));
    assertThat(run.byMember()).hasSameSizeAs(run.byState());
    for (Map.Entry<MemberState, Summary> e : run.byState().entrySet()) {
      assertThat(run.byMember()).containsEntry(e.getKey().code(), e.getValue());
    }
  }

  @Test
  void bySituation_isKeyedBySubject_asIn01_andBySituationKeyBySituation() {
    HistoryRun run = WhatIf.of(DATA.rules()).runAll(DATA.vetoes(), Scenario.baseline());
    VoteRecord first = DATA.vetoes().get(0);
    String subject = first.proposal().subject();
    long records = DATA.vetoes().stream().filter(v -> v.proposal().subject().equals(subject)).count();
    assertThat(run.bySituation().get(subject).records()).isEqualTo(records);
    assertThat(run.bySituation().values().stream().mapToInt(Summary::records).sum()).isEqualTo(run.total().records());
    assertThat(run.bySituationKey()).containsKey(first.proposal().situation().orElseThrow());
  }

  @Test
  void eachBridge_isDeprecatedForRemovalSince020() throws Exception {
    List<Method> bridges = List.of(
        Proposal.Builder.class.getMethod("situation", String.class),
        Proposal.class.getMethod("withSituation", String.class),
        VoteRecord.class.getMethod("recordedVetoes"),
        VoteRecord.class.getMethod("withRecordedVetoes", MemberState[].class),
        VoteRecord.class.getMethod("withRecordedVetoes", Iterable.class),
        VoteRecord.Builder.class.getMethod("addRecordedVetoes", MemberState.class),
        VoteRecord.Builder.class.getMethod("addRecordedVetoes", MemberState[].class),
        VoteRecord.Builder.class.getMethod("addAllRecordedVetoes", Iterable.class),
        VoteRecord.Builder.class.getMethod("recordedVetoes", Iterable.class),
        HistoryRun.class.getMethod("byMember"),
        HistoryRun.class.getMethod("bySituation"));
    for (Method m : bridges) {
      Deprecated d = m.getAnnotation(Deprecated.class);
      assertThat(d).as(m.toString()).isNotNull();
      assertThat(d.since()).as(m.toString()).isEqualTo("0.2.0");
      assertThat(d.forRemoval()).as(m.toString()).isTrue();
    }
  }
}
