package org.conflictmap.store;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times every operation of another store: a Micrometer timer per operation ({@code
 * conflictmap_store_seconds{op=…}}) and the slow-query log, a WARN line for each operation slower
 * than the threshold, naming the operation and its filters (never credentials). Thread-safe when
 * the store it wraps is.
 */
public final class TimedEventStore implements EventStore {
  private static final Logger SLOW = LoggerFactory.getLogger("conflictmap.slowquery");

  private final EventStore store;
  private final MeterRegistry registry;
  private final long slowNanos;

  public TimedEventStore(EventStore store, MeterRegistry registry, Duration slow) {
    this.store = store;
    this.registry = registry;
    this.slowNanos = slow.toNanos();
  }

  /** The store this one times. */
  public EventStore unwrap() {
    return store;
  }

  private <T> T time(String op, Object detail, Supplier<T> call) {
    long t0 = System.nanoTime();
    try {
      return call.get();
    } finally {
      long nanos = System.nanoTime() - t0;
      Timer.builder("conflictmap_store")
          .tag("op", op)
          .register(registry)
          .record(Duration.ofNanos(nanos));
      if (nanos > slowNanos) {
        SLOW.warn("slow {} ({} ms): {}", op, nanos / 1_000_000, detail);
      }
    }
  }

  @Override
  public String kind() {
    return store.kind();
  }

  @Override
  public boolean isReady() {
    return store.isReady();
  }

  @Override
  public Saved save(Report report, List<Event> events) {
    return time("save", events.size() + " events", () -> store.save(report, events));
  }

  @Override
  public Versioned<List<RegionCount>> countByRegionVersioned(EventQuery q) {
    return time("countByRegion", q, () -> store.countByRegionVersioned(q));
  }

  @Override
  public void reloadVersion() {
    store.reloadVersion();
  }

  @Override
  public void addWriteListener(WriteListener listener) {
    store.addWriteListener(listener);
  }

  @Override
  public List<Saved> saveAll(List<Draft> drafts) {
    return time("saveAll", drafts.size() + " reports", () -> store.saveAll(drafts));
  }

  @Override
  public Optional<Report> findReport(long id) {
    return time("findReport", id, () -> store.findReport(id));
  }

  @Override
  public Optional<Report> findDuplicate(String url, String contentHash) {
    return time("findDuplicate", contentHash, () -> store.findDuplicate(url, contentHash));
  }

  @Override
  public List<Report> listReports(int limit, long offset) {
    return time("listReports", offset, () -> store.listReports(limit, offset));
  }

  @Override
  public long countReports() {
    return time("countReports", "", store::countReports);
  }

  @Override
  public List<Event> eventsOf(long reportId) {
    return time("eventsOf", reportId, () -> store.eventsOf(reportId));
  }

  @Override
  public Optional<Event> findEvent(long id) {
    return time("findEvent", id, () -> store.findEvent(id));
  }

  @Override
  public Page<Event> query(EventQuery query) {
    return time("query", query, () -> store.query(query));
  }

  @Override
  public long count(EventQuery query) {
    return time("count", query, () -> store.count(query));
  }

  @Override
  public void stream(EventQuery query, Consumer<Event> sink) {
    // Streams last as long as the client reads: timed, but never reported as slow.
    long t0 = System.nanoTime();
    try {
      store.stream(query, sink);
    } finally {
      Timer.builder("conflictmap_store")
          .tag("op", "stream")
          .register(registry)
          .record(Duration.ofNanos(System.nanoTime() - t0));
    }
  }

  @Override
  public DataVersion version() {
    return time("version", "", store::version);
  }

  @Override
  public List<Bucket> timeseries(EventQuery q, Interval interval, GroupBy groupBy) {
    return time("timeseries", q, () -> store.timeseries(q, interval, groupBy));
  }

  @Override
  public Optional<DateRange> dateRange() {
    return time("dateRange", "", store::dateRange);
  }

  @Override
  public List<RegionCount> countByRegion(EventQuery q) {
    return time("countByRegion", q, () -> store.countByRegion(q));
  }

  @Override
  public void close() {
    store.close();
  }
}
