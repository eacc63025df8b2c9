package org.r2p.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class HandoffTest {
  @Test
  void everyValueIsTakenOnce_inTheOrderAdded_onTheOtherThread() {
    List<Integer> taken = new ArrayList<>();
    List<String> threads = new ArrayList<>();
    int n = Handoff.BATCH * Handoff.BATCHES * 3 + 17;
    try (Handoff<Integer> h = new Handoff<>("taker", i -> {
      taken.add(i);
      threads.add(Thread.currentThread().getName());
    })) {
      for (int i = 0; i < n; i++) {
        h.add(i);
      }
      h.finish();
    }
    assertThat(taken).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(taken.get(i)).isEqualTo(i);
    }
    assertThat(threads).containsOnly("taker");
  }

  @Test
  void theReaderWaits_whenTheTakerFallsBehind() throws InterruptedException {
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger added = new AtomicInteger();
    Thread reader;
    try (Handoff<Integer> h = new Handoff<>("taker", i -> {
      try {
        go.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    })) {
      reader = new Thread(() -> {
        for (int i = 0; i < Handoff.BATCH * Handoff.BATCHES * 4; i++) {
          h.add(i);
          added.incrementAndGet();
        }
        h.finish();
      });
      reader.start();
      reader.join(2000);
      // held: the batches in flight and the one being filled, no more
      assertThat(reader.isAlive()).isTrue();
      assertThat(added.get()).isLessThanOrEqualTo(Handoff.BATCH * (Handoff.BATCHES + 1));
      go.countDown();
      reader.join(10_000);
    }
    assertThat(reader.isAlive()).isFalse();
    assertThat(added.get()).isEqualTo(Handoff.BATCH * Handoff.BATCHES * 4);
  }

  @Test
  void theTakersFailureIsThrownAsItWas_andNothingAfterItIsTaken() {
    List<Integer> taken = new ArrayList<>();
    IllegalStateException bad = new IllegalStateException("bad value 300");
    try (Handoff<Integer> h = new Handoff<>("taker", i -> {
      if (i == 300) {
        throw bad;
      }
      taken.add(i);
    })) {
      assertThatThrownBy(() -> {
        for (int i = 0; i < Handoff.BATCH * Handoff.BATCHES * 4; i++) {
          h.add(i);
        }
        h.finish();
      }).isSameAs(bad);
    }
    assertThat(taken).hasSize(300);
    assertThat(taken.get(299)).isEqualTo(299);
  }

  @Test
  void anErrorOfTheTaker_suchAsRunningOutOfMemory_isThrownAsItWas() {
    OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
    try (Handoff<Integer> h = new Handoff<>("taker", i -> {
      throw oom;
    })) {
      h.add(1);
      assertThatThrownBy(h::finish).isSameAs(oom);
    }
  }
}
