package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Records read and the rate, on standard error, about once a second: only on a terminal,
 * never when the output is piped or in CI, so that nothing but the results reaches a file.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean on;
  private final long start = System.nanoTime();
  private long last = start;
  private long records;
  private boolean shown;

  private Progress(PrintWriter err, boolean on) {
    this.err = err;
    this.on = on;
  }

  /** @return progress that shows nothing */
  static Progress off() {
    return new Progress(new PrintWriter(java.io.Writer.nullWriter()), false);
  }

  /**
   * Progress for this process: shown if {@link #wanted} says so for its console and environment.
   *
   * @param err standard error
   * @return the progress
   */
  static Progress forTerminal(PrintWriter err) {
    return new Progress(err, wanted(System.console() != null, System.getenv()));
  }

  /**
   * Whether to show progress: on a terminal (the JVM has a console: neither standard input
   * nor output is redirected), outside CI, and not turned off with {@code R2P_PROGRESS=0}.
   *
   * @param console whether the process has a console
   * @param env the environment
   * @return whether to show it
   */
  static boolean wanted(boolean console, Map<String, String> env) {
    return console && !env.containsKey("CI") && !"0".equals(env.get("R2P_PROGRESS"));
  }

  /** One more record read. */
  void tick() {
    records++;
    if (on && (records & 4095) == 0) {
      long now = System.nanoTime();
      if (now - last >= 1_000_000_000L) {
        last = now;
        shown = true;
        err.print(String.format(Locale.ROOT, "\rr2p: %,d records read, %,.0f/s ", records,
            records / ((now - start) / 1e9)));
        err.flush();
      }
    }
  }

  /** Clears the progress line, if one was shown. */
  void done() {
    if (shown) {
      err.print("\r" + " ".repeat(60) + "\r");
      err.flush();
      shown = false;
    }
  }
}
