package org.conflictmap.store.postgis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds the events written since the last fold ({@code event_cells_pending}) into the tile
 * aggregates ({@code event_cells}), migration V15: writers only queue their events, and this adds
 * them to the cells in batches of up to {@value #BATCH}, every {@value #INTERVAL_MILLIS} ms on a
 * daemon thread of its own (one connection of its own, so it never waits behind reads or writes).
 * Tiles read the cells and the queue together, so when a fold happens changes no tile; it only
 * keeps the queue short.
 *
 * <p>Several processes may fold the same database (a server and an import): the database lets one
 * fold at a time and the others skip their turn. A failed fold (database restarting) is logged once
 * and retried on the next tick. Thread-safe.
 */
final class CellFolder implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CellFolder.class);

  /** Most events folded by one transaction. */
  static final int BATCH = 10_000;

  /** Pause between folds while the queue is empty or short. */
  static final long INTERVAL_MILLIS = 200;

  private final DataSource source;
  private final ScheduledExecutorService timer;
  private final Counter folded;
  private final Timer foldTime;
  private volatile boolean failing;

  /**
   * A folder over {@code source}; nothing runs until {@link #start()}. With a {@code registry},
   * counts the events folded ({@code conflictmap_tile_aggregates_folded_total}) and times each fold
   * transaction ({@code conflictmap_tile_aggregates_fold_seconds}).
   */
  CellFolder(DataSource source, MeterRegistry registry) {
    this.source = source;
    this.folded =
        registry == null
            ? null
            : Counter.builder("conflictmap.tile.aggregates.folded")
                .description("Events folded into the tile aggregates")
                .register(registry);
    this.foldTime =
        registry == null
            ? null
            : Timer.builder("conflictmap.tile.aggregates.fold")
                .description("Time of one fold transaction")
                .register(registry);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "conflictmap-cell-folder");
              t.setDaemon(true);
              return t;
            });
  }

  /** Folds in the background from now on. */
  void start() {
    timer.scheduleWithFixedDelay(
        this::tick, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    try {
      foldAll();
      if (failing) {
        LOG.info("folding event cells again");
        failing = false;
      }
    } catch (SQLException | RuntimeException e) {
      if (!failing) {
        LOG.warn("cannot fold pending events into event_cells (will retry): {}", e.getMessage());
        failing = true;
      }
    }
  }

  /**
   * Folds batches until the queue is shorter than a batch, or another process holds the turn.
   *
   * @return how many events this call folded
   */
  int foldAll() throws SQLException {
    int total = 0;
    try (Connection c = source.getConnection();
        CallableStatement fold = c.prepareCall("SELECT event_cells_fold(?)")) {
      c.setAutoCommit(true);
      fold.setInt(1, BATCH);
      while (true) {
        long t0 = System.nanoTime();
        int n;
        try (var rs = fold.executeQuery()) {
          rs.next();
          n = rs.getInt(1);
        }
        if (folded != null && n > 0) {
          folded.increment(n);
          foldTime.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
        }
        total += n;
        if (n < BATCH) {
          return total;
        }
      }
    }
  }

  /** Stops the background folds, then folds what is queued (so a closing import leaves none). */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(30, TimeUnit.SECONDS);
      foldAll();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SQLException | RuntimeException e) {
      LOG.warn(
          "pending events left unfolded at close (folded at the next start): {}", e.getMessage());
    }
  }
}
