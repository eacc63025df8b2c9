package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.r2p.core.Instrument;
import org.r2p.core.MemberStates;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.Interpretation;
import org.r2p.rules.Verdict;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.WhatIf;

/**
 * {@code whatif --verdict V}: the records where, under the scenario, a vote the scenario changed
 * or that cast a veto in its decision has a finding with verdict V; checked against the
 * findings the library computes under the same scenario.
 */
final class WhatIfVerdictCliTest {
  final R2pDatasets data = R2pDatasets.bundled();
  final WhatIf whatIf = WhatIf.of(data.rules());

  Set<String> expected(Scenario s, Verdict v) {
    return data.vetoes().stream().filter(r -> whatIf.scenarioFindings(r, s).stream().anyMatch(f -> f.verdict() == v))
        .map(r -> r.id().orElseThrow()).collect(Collectors.toSet());
  }

  static Set<String> ids(Cli c) {
    assertThat(c.code).as(c.toString()).isZero();
    List<String> lines = c.out.lines().skip(1).collect(Collectors.toList());
    return lines.stream().map(l -> l.split(",", 3)[1]).collect(Collectors.toSet());
  }

  @Test
  void baseline_eachVerdict_theRecordsWithAVetoOfThatVerdict() {
    int kept = 0;
    for (Verdict v : Verdict.values()) {
      Set<String> want = expected(Scenario.baseline(), v);
      assertThat(ids(Cli.run("whatif", "--history", "--scenario", "baseline", "--verdict", v.name(), "--format", "csv")))
          .as(v.toString()).isEqualTo(want);
      kept += want.size();
    }
    assertThat(kept).isPositive();
  }

  @Test
  void adheres_judgedWithTheScenariosCommitments() {
    Scenario s = Scenario.adheres(MemberStates.RUSSIAN_FEDERATION, Instrument.ACT_CODE_OF_CONDUCT,
        java.time.LocalDate.of(2015, 10, 23), Interpretation.CredibilityTest.MAJORITY_SUPPORT);
    for (Verdict v : List.of(Verdict.CONSISTENT, Verdict.NOT_APPLICABLE)) {
      Set<String> want = expected(s, v);
      assertThat(ids(Cli.run("whatif", "--history", "--scenario", "adheres", "--state", "RUS", "--from", "2015-10-23",
          "--verdict", v.name(), "--format", "csv"))).as(v.toString()).isEqualTo(want);
    }
    // Russia's complying votes are judged as an adherent's: some are CONSISTENT with the Code
    assertThat(expected(s, Verdict.CONSISTENT)).isNotEmpty().hasSizeLessThan(data.vetoes().size());
    assertThat(whatIf.scenarioFindings(data.vetoes().get(0), Scenario.baseline())).isNotEmpty();
  }

  @Test
  void anUnknownVerdict_isAUsageErrorNamingTheOption() {
    Cli c = Cli.run("whatif", "--history", "--scenario", "baseline", "--verdict", "GUILTY");
    assertThat(c.code).isEqualTo(2);
    assertThat(c.err).contains("--verdict").contains("GUILTY");
  }

  @Test
  void theTextNamesTheSelection() {
    Cli c = Cli.run("whatif", "--history", "--scenario", "baseline", "--verdict", "BREACH");
    assertThat(c.out).contains("with a BREACH finding under the scenario");
  }

}
