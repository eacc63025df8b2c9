package org.r2p.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class ProgressTest {
  @Test
  void onlyOnATerminal_neverInCi() {
    assertThat(Progress.wanted(true, Map.of())).isTrue();
    assertThat(Progress.wanted(false, Map.of())).isFalse();
    assertThat(Progress.wanted(true, Map.of("CI", "true"))).isFalse();
    assertThat(Progress.wanted(true, Map.of("R2P_PROGRESS", "0"))).isFalse();
  }
}
