package org.r2p.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.Article27;
import org.r2p.rules.R2pRules;
import org.r2p.rules.Review;
import org.r2p.rules.Verdict;

/**
 * Review of one 15-member record: the Charter outcome and every commitment check of every
 * vote, against a baseline that only counts the record's YES votes, in the same run.
 *
 * <p>{@link #screen} is the figure the quality target is about (outcome and every check, no
 * explanation built). The rules keep each vote date's Council and standings once read; {@link
 * #screenFirstTimeOnItsDate} measures a record whose date has not been seen, and {@link
 * #screenHistory} every bundled record with all fifteen votes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReviewBenchmark extends BenchmarkDefaults {
  R2pRules rules;
  VoteRecord record;
  List<VoteRecord> history;
  R2pDatasets data;

  /** Loads the bundled data and picks S/2017/315 (15 votes, after the Code's launch). */
  @Setup
  public void setup() {
    R2pDatasets d = R2pDatasets.bundled();
    data = d;
    rules = R2pRules.builder().councilHistory(d.councilHistory()).registry(d.commitments()).build();
    record = d.vetoes().stream()
        .filter(r -> r.proposal().symbol().map(s -> s.toString().equals("S/2017/315")).orElse(false))
        .findFirst().orElseThrow();
    if (record.votes().size() != 15) {
      throw new IllegalStateException("expected 15 votes: " + record.votes().size());
    }
    history = d.vetoes().stream().filter(r -> r.votes().size() == 15).toList();
  }

  /** @return the YES votes: the floor any review must do */
  @Benchmark
  public int baselineCountYes() {
    int yes = 0;
    for (Vote v : record.votes()) {
      if (v.position() == VotePosition.YES) {
        yes++;
      }
    }
    return yes;
  }

  /** @return the YES votes, counted by index: no iterator, the tighter floor */
  @Benchmark
  public int baselineCountYesIndexed() {
    List<Vote> votes = record.votes();
    int yes = 0;
    for (int i = 0; i < votes.size(); i++) {
      if (votes.get(i).position() == VotePosition.YES) {
        yes++;
      }
    }
    return yes;
  }

  /** @return the outcome alone */
  @Benchmark
  public Object outcome() {
    return Article27.decide(record, rules.councilOn(record.date())).outcome();
  }

  /** @return the breaches, from the verdicts without explanations */
  @Benchmark
  public int verdicts() {
    int breaches = 0;
    for (Verdict v : rules.verdicts(record)) {
      if (v == Verdict.BREACH) {
        breaches++;
      }
    }
    return breaches;
  }

  /** @return the breaches, from the screening: outcome and verdicts, nothing else built */
  @Benchmark
  public int screen() {
    return rules.screen(record).count(Verdict.BREACH);
  }

  /** @return the breaches, with rules that have read no date yet: the per-date table built too */
  @Benchmark
  public int screenFirstTimeOnItsDate() {
    R2pRules fresh = R2pRules.builder().councilHistory(data.councilHistory()).registry(data.commitments()).build();
    return fresh.screen(record).count(Verdict.BREACH);
  }

  /** @return the breaches in every bundled record with fifteen votes (one op is the whole list) */
  @Benchmark
  public int screenHistory() {
    int n = 0;
    for (VoteRecord r : history) {
      n += rules.screen(r).count(Verdict.BREACH);
    }
    return n;
  }

  /** @return the full review, explanations built lazily */
  @Benchmark
  public Review review() {
    return rules.review(record);
  }

  /** @return the full review with every explanation paragraph rendered */
  @Benchmark
  public int reviewExplained() {
    int n = 0;
    Review r = rules.review(record);
    for (var f : r.findings()) {
      n += f.explain().length();
    }
    return n;
  }
}
