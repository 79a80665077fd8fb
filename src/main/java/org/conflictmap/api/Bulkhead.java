package org.conflictmap.api;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many requests of one kind run at once; the others wait for a turn, in order, for up to
 * {@code maxWaitMillis}, then get a 503 problem with {@code Retry-After}. The service puts its
 * database queries that scan many rows (items, stats, exports, report lists) behind one bulkhead so
 * that, however many of them arrive, connections and CPU remain for map tiles and for ingest.
 *
 * <p>Thread-safe.
 */
public final class Bulkhead {
  private final String name;
  private final int permits;
  private final long maxWaitMillis;
  private final Semaphore semaphore;

  /**
   * @param name what the bulkhead guards, for the problem's detail
   * @param permits requests that may run at once
   * @param maxWaitMillis longest a request waits for its turn
   */
  public Bulkhead(String name, int permits, long maxWaitMillis) {
    if (permits < 1) {
      throw new IllegalArgumentException("a bulkhead needs at least one permit");
    }
    this.name = name;
    this.permits = permits;
    this.maxWaitMillis = maxWaitMillis;
    this.semaphore = new Semaphore(permits, true);
  }

  /** {@code handler}, run only while this bulkhead grants a turn. */
  public Handler guard(Handler handler) {
    return ctx -> {
      boolean granted;
      try {
        granted = semaphore.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        granted = false;
      }
      if (!granted) {
        ctx.header("Retry-After", "1");
        throw new ProblemException(
            503,
            "Service Unavailable",
            "the server is busy: "
                + permits
                + " "
                + name
                + " are running and others waited "
                + maxWaitMillis
                + " ms for a turn; try again shortly");
      }
      try {
        handler.handle(ctx);
      } finally {
        semaphore.release();
      }
    };
  }

  /** Requests waiting for a turn now. */
  public int waiting() {
    return semaphore.getQueueLength();
  }
}
