package org.r2p.examples.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Hands values from the thread that reads to one thread of its own that takes them, in order,
 * so that reading and what is done with each value run at the same time. Values go over in
 * batches of {@value #BATCH}, at most {@value #BATCHES} batches in flight: memory stays bounded
 * whatever the input, the reader waiting when the taker falls behind.
 *
 * <p>The first failure of the taker (an exception or an error such as running out of memory)
 * stops it, and is thrown again, as it was, by the next {@link #add} or by {@link #finish()}.
 * Not thread-safe: one reading thread.
 *
 * @param <T> the values
 */
final class Handoff<T> implements AutoCloseable {
  static final int BATCH = 256;
  static final int BATCHES = 8;

  private final Consumer<T> taker;
  private final ExecutorService thread;
  private final Semaphore room = new Semaphore(BATCHES);
  private final Deque<Future<?>> inFlight = new ArrayDeque<>();
  private volatile boolean failed;
  private List<T> batch = new ArrayList<>(BATCH);

  /**
   * @param name the taking thread's name
   * @param taker what is done with each value, in the order added, on the taking thread
   */
  Handoff(String name, Consumer<T> taker) {
    this.taker = taker;
    this.thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /** Adds a value; throws what the taker failed with, if it has. */
  void add(T value) {
    batch.add(value);
    if (batch.size() == BATCH) {
      send();
    }
  }

  /** Waits until every value added has been taken; throws what the taker failed with, if it has. */
  void finish() {
    send();
    while (!inFlight.isEmpty()) {
      await(inFlight.poll());
    }
  }

  /** Stops the taking thread (after {@link #finish()}, or to give up). */
  @Override
  public void close() {
    thread.shutdownNow();
  }

  private void send() {
    if (batch.isEmpty()) {
      return;
    }
    List<T> values = batch;
    batch = new ArrayList<>(BATCH);
    room.acquireUninterruptibly();
    inFlight.add(thread.submit(() -> {
      try {
        if (!failed) {
          values.forEach(taker);
        }
      } catch (RuntimeException | Error e) {
        failed = true;
        throw e;
      } finally {
        room.release();
      }
    }));
    while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
      await(inFlight.poll());
    }
  }

  private static void await(Future<?> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          f.get();
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          }
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
