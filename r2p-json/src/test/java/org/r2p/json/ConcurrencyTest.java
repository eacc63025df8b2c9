package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.r2p.core.VoteRecord;
import org.r2p.rules.R2pRules;
import org.r2p.rules.Review;
import org.r2p.rules.power.PowerIndices;
import org.r2p.rules.power.Regime;
import org.r2p.rules.power.VotingPower;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.WhatIf;

/** The rules, the validator and the datasets shared by many threads give identical results. */
final class ConcurrencyTest {
  static final int THREADS = 8;

  record Result(List<Review> reviews, List<List<org.r2p.rules.Verdict>> screenings, HistoryRun run, PowerIndices power,
      ValidationResult validation, String json) {}

  static Result work(R2pRules rules, VoteRecordValidator validator, String document) {
    R2pDatasets data = R2pDatasets.bundled();
    List<Review> reviews = new ArrayList<>();
    List<List<org.r2p.rules.Verdict>> screenings = new ArrayList<>();
    for (VoteRecord r : data.vetoes()) {
      // screenings first: the rules' per-date table is filled by all threads at once
      screenings.add(List.copyOf(rules.screen(r).verdicts()));
      reviews.add(rules.review(r));
    }
    HistoryRun run = WhatIf.of(rules).runAll(data.vetoes(), Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.of(2007, 1, 1)));
    PowerIndices power = VotingPower.on(LocalDate.of(2024, 1, 1), data.councilHistory(), Regime.CHARTER);
    String json = R2pJson.mapper().writeValueAsString(data.vetoes());
    return new Result(reviews, screenings, run, power, validator.validate(document), json);
  }

  @Test
  void manyThreadsOneAnswer() throws Exception {
    String document = ValidatorTest.thousandRecords(true);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      // the first use of the datasets and the shared objects happens in all threads at once
      R2pRules[] rules = new R2pRules[1];
      VoteRecordValidator[] validator = new VoteRecordValidator[1];
      List<Future<Result>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit((Callable<Result>) () -> {
          start.await();
          synchronized (rules) {
            if (rules[0] == null) {
              R2pDatasets d = R2pDatasets.bundled();
              rules[0] = R2pRules.builder().councilHistory(d.councilHistory()).registry(d.commitments()).build();
              validator[0] = Fixtures.VALIDATOR;
            }
          }
          return work(rules[0], validator[0], document);
        }));
      }
      start.countDown();
      Result first = futures.get(0).get();
      for (Future<Result> f : futures) {
        Result r = f.get();
        assertThat(r.reviews()).isEqualTo(first.reviews());
        assertThat(r.screenings()).isEqualTo(first.screenings());
        assertThat(r.run()).isEqualTo(first.run());
        assertThat(r.power()).isEqualTo(first.power());
        assertThat(r.validation()).isEqualTo(first.validation());
        assertThat(r.json()).isEqualTo(first.json());
      }
      assertThat(first.reviews()).hasSize(230);
      for (int k = 0; k < first.reviews().size(); k++) {
        assertThat(first.screenings().get(k))
            .isEqualTo(first.reviews().get(k).findings().stream().map(f -> f.verdict()).toList());
      }
      assertThat(first.validation().records()).hasSize(997);
    } finally {
      pool.shutdownNow();
    }
  }
}
