package org.conflictmap.cli;

import java.io.PrintStream;

/**
 * Progress of a long command on standard error: a redrawn bar with rate and ETA on a terminal, a
 * plain line every few seconds otherwise (logs, CI). Not thread-safe.
 */
final class Progress {
  private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
  private static final long BAR_EVERY_NANOS = 200_000_000L;

  private final String unit;
  private final long total;
  private final boolean terminal;
  private final PrintStream out;
  private final long start = System.nanoTime();
  private long last;
  private long done;

  /**
   * @param total expected units, or 0 when unknown
   */
  Progress(String unit, long total) {
    this(unit, total, System.console() != null, System.err);
  }

  Progress(String unit, long total, boolean terminal, PrintStream out) {
    this.unit = unit;
    this.total = total;
    this.terminal = terminal;
    this.out = out;
  }

  void add(long n) {
    done += n;
    long now = System.nanoTime();
    if (now - last >= (terminal ? BAR_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
      last = now;
      print(false);
    }
  }

  /** Prints the final state and ends the line. */
  void finish() {
    print(true);
  }

  long done() {
    return done;
  }

  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  private void print(boolean last) {
    double s = Math.max(1e-9, seconds());
    double rate = done / s;
    String eta =
        total > 0 && rate > 0 && done < total ? ", ETA " + duration((total - done) / rate) : "";
    String counts =
        total > 0
            ? String.format("%,d/%,d %s", done, total, unit)
            : String.format("%,d %s", done, unit);
    String line =
        String.format("%s, %,.0f %s/s, %s elapsed%s", counts, rate, unit, duration(s), eta);
    if (terminal) {
      String bar = "";
      if (total > 0) {
        int width = 30;
        int filled = (int) Math.min(width, width * done / total);
        bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] ";
      }
      out.print("\r" + bar + line + "   ");
      if (last) {
        out.println();
      }
    } else {
      out.println(line);
    }
    out.flush();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format("%dh%02dm", s / 3600, (s / 60) % 60)
        : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
