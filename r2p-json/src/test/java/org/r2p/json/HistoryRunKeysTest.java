package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.PermanentSeat;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.Summary;
import org.r2p.rules.whatif.WhatIf;

/** A history run's tables by state and by seat, over every veto since 1946. */
final class HistoryRunKeysTest {
  final R2pDatasets data = R2pDatasets.load();
  final HistoryRun run = WhatIf.of(data.rules()).runAll(data.vetoes(), Scenario.baseline());

  @Test
  void byMemberKeepsTheUssrApartFromRussiaAndBySeatPutsThemTogether() {
    Summary ussr = run.byState().get(MemberStates.USSR);
    Summary russia = run.byState().get(MemberStates.RUSSIAN_FEDERATION);
    Summary seat = run.bySeat().get(PermanentSeat.RUSSIA);
    assertThat(ussr.vetoCastsBaseline()).isPositive();
    assertThat(russia.vetoCastsBaseline()).isPositive();
    assertThat(seat.vetoCastsBaseline()).isEqualTo(ussr.vetoCastsBaseline() + russia.vetoCastsBaseline());
    assertThat(seat.records()).isEqualTo(ussr.records() + russia.records());
  }

  @Test
  void everySeatIsTheSumOfItsHolders() {
    for (PermanentSeat seat : PermanentSeat.values()) {
      int casts = 0;
      for (Map.Entry<MemberState, Summary> e : run.byState().entrySet()) {
        if (PermanentSeat.everHeldBy(e.getKey()).orElseThrow() == seat) {
          casts += e.getValue().vetoCastsBaseline();
        }
      }
      Summary s = run.bySeat().get(seat);
      assertThat(s == null ? 0 : s.vetoCastsBaseline()).as(seat.name()).isEqualTo(casts);
    }
    int all = run.bySeat().values().stream().mapToInt(Summary::vetoCastsBaseline).sum();
    assertThat(all).isEqualTo(run.total().vetoCastsBaseline());
  }
}
