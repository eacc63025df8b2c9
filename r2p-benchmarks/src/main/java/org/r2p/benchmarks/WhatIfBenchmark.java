package org.r2p.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.R2pRules;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.WhatIf;

/** A what-if run over the whole bundled history (230 vetoed proposals). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WhatIfBenchmark extends BenchmarkDefaults {
  WhatIf whatIf;
  List<VoteRecord> history;

  /** The bundled rules and history. */
  @Setup
  public void setup() {
    R2pDatasets d = R2pDatasets.bundled();
    whatIf = WhatIf.of(R2pRules.builder().councilHistory(d.councilHistory()).registry(d.commitments()).build());
    history = d.vetoes();
  }

  /** @return full compliance over every veto: every vote checked against every commitment */
  @Benchmark
  public HistoryRun fullCompliance() {
    return whatIf.runAll(history, Scenario.fullCompliance());
  }

  /** @return permanent restraint on atrocity drafts since 2007 */
  @Benchmark
  public HistoryRun permanentRestraint() {
    return whatIf.runAll(history, Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.of(2007, 1, 1)));
  }
}
