package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.examples.Cli.run;

import org.junit.jupiter.api.Test;
import org.r2p.examples.report.Monitor;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.Interpretation;

/** {@code r2p monitor}: the report's monitor section, or its CSV, with the interpretation asked for. */
final class MonitorCliTest {
  @Test
  void printsTheMonitor() {
    R2pDatasets data = R2pDatasets.bundled();
    Monitor monitor = Monitor.of(data, data.rules(), data.vetoes());
    Cli c = run("monitor");
    assertThat(c.code).as(c.toString()).isZero();
    assertThat(c.out).isEqualTo(monitor.markdown());
    Cli csv = run("monitor", "--format", "csv");
    assertThat(csv.out).isEqualTo(monitor.csv());
    Cli asOf = run("monitor", "--continuity", "AS_OF_EVIDENCE");
    assertThat(asOf.out).isEqualTo(Monitor.of(data, data.rules().withInterpretation(Interpretation.defaults()
        .withContinuity(Interpretation.Continuity.AS_OF_EVIDENCE)), data.vetoes()).markdown())
        .contains("Q17 continuity=AS_OF_EVIDENCE");
    Cli bad = run("monitor", "--format", "json");
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains("Invalid value for option '--format': expected one of [text, csv]")
        .contains("but was 'json' (see 'r2p monitor --help')");
  }
}
