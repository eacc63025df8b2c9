package org.r2p.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.r2p.core.Council;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.power.PowerIndices;
import org.r2p.rules.power.Regime;
import org.r2p.rules.power.VotingPower;

/** Exact power indices of the 15-member Council (2^15 coalitions). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PowerBenchmark extends BenchmarkDefaults {
  Council council;

  /** The Council of 1 January 2024. */
  @Setup
  public void setup() {
    council = R2pDatasets.bundled().councilHistory().councilOn(LocalDate.of(2024, 1, 1));
  }

  /** @return every index for every member under Art. 27(3) */
  @Benchmark
  public PowerIndices fifteenMembers() {
    return VotingPower.of(council, Regime.CHARTER);
  }
}
