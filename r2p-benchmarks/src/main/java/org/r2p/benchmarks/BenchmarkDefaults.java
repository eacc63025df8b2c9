package org.r2p.benchmarks;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark here shares (JMH reads them from the superclass): one state per
 * benchmark, one fork, 3 warm-up and 5 measured iterations of 1 s. A benchmark class adds its
 * mode and time unit; the command line overrides any of them ({@code -f}, {@code -wi}, {@code -i}).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class BenchmarkDefaults {
  /** For the benchmark classes. */
  protected BenchmarkDefaults() {}
}
