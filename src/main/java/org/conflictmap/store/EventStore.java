package org.conflictmap.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where reports and their events live. Two implementations pass one contract test suite: {@code
 * PostgisEventStore} for production and {@code H2gisEventStore}, embedded in a file, for a bare
 * machine.
 *
 * <p>Guarantees every implementation keeps:
 *
 * <ul>
 *   <li>A report is stored at most once: a second report with the same url, or with the same {@link
 *       ContentHash content hash}, stores nothing and answers the first.
 *   <li>{@link #save} writes the report and all its events in one transaction: after a failure
 *       nothing of it is visible, ever.
 *   <li>Every successful write changes {@link #dataVersion()}.
 *   <li>Queries sort by date, then id, and apply all filters of {@link EventQuery}.
 * </ul>
 *
 * <p>Implementations are thread-safe.
 */
public interface EventStore extends AutoCloseable {

  /** {@code "embedded"} or {@code "postgis"}: what {@code /health} reports. */
  String kind();

  /** True when the store answers a trivial query now. Never throws. */
  boolean isReady();

  /**
   * Stores {@code report} with {@code events} atomically, unless the same report is already stored.
   *
   * @param report a {@link Report#draft draft}
   * @param events drafts (ids 0); stored with the new report's id
   * @return the stored report and its events, and whether this call created them
   * @throws StoreException when the write fails; then nothing of it was stored
   */
  Saved save(Report report, List<Event> events);

  /**
   * Saves several reports in one transaction: all of them are committed, or none. Each report is
   * handled as by {@link #save}: one stored earlier (or earlier in {@code drafts}, by url or
   * normalised text) is not stored again and is answered with {@code created == false}. When
   * another writer stores one of the same reports meanwhile, the batch falls back to one {@link
   * #save} per report.
   *
   * @return one outcome per draft, in order
   */
  List<Saved> saveAll(List<Draft> drafts);

  /** The stored report with this id. */
  Optional<Report> findReport(long id);

  /** The stored report with this url or the same normalised text, if any. */
  Optional<Report> findDuplicate(String url, String contentHash);

  /** Reports, newest first. */
  List<Report> listReports(int limit, long offset);

  long countReports();

  /** The events of one report, by date then id. */
  List<Event> eventsOf(long reportId);

  Optional<Event> findEvent(long id);

  /** One page of events matching {@code query}, with the total matched. */
  Page<Event> query(EventQuery query);

  /** Number of events matching {@code query}, ignoring its limit and offset. */
  long count(EventQuery query);

  /**
   * Calls {@code sink} for every event matching the filters of {@code query}, in order; its limit
   * and offset are ignored. Rows come from a database cursor, so memory stays constant however many
   * match.
   */
  void stream(EventQuery query, Consumer<Event> sink);

  /**
   * The current data version: it changes with every successful write. Writes through this object
   * show at once; writes by other processes to the same database within {@link
   * #VERSION_POLL_MILLIS} (the version is kept in memory and read again from the database at most
   * that often, so a request does not cost a query for it).
   */
  DataVersion version();

  /**
   * Reads the version from the database now and tells the listeners {@link
   * WriteListener#changedElsewhere()}: for after the database was changed by other means (a
   * maintenance script, a test), when waiting for the next poll will not do.
   */
  void reloadVersion();

  /** How long {@link #version()} may lag a write made through another connection or process. */
  long VERSION_POLL_MILLIS = 1000;

  /**
   * Registers {@code listener} for the writes of this store; it is called after each commit, on the
   * writing thread.
   */
  void addWriteListener(WriteListener listener);

  /** What a cache needs to know of writes. */
  interface WriteListener {
    /**
     * {@code events} were stored through this object and are committed.
     *
     * @param version the data version the write committed (every version up to it is committed too:
     *     writes take their versions in commit order)
     */
    void stored(long version, List<Event> events);

    /**
     * The data changed in a way this object did not see (another process wrote to the database):
     * anything may have changed.
     */
    void changedElsewhere();
  }

  /** A number that changes with every successful write; for ETags and cache keys. */
  default long dataVersion() {
    return version().version();
  }

  /**
   * Events counted per time bucket (and group), for the filters of {@code q} (its page ignored);
   * buckets with no event are absent. Weeks start on Monday (ISO 8601).
   *
   * @param groupBy a grouping, or {@code null} for totals
   */
  List<Bucket> timeseries(EventQuery q, Interval interval, GroupBy groupBy);

  /**
   * Events per admin-1 region for the filters of {@code q}, most first; events without one are left
   * out.
   */
  List<RegionCount> countByRegion(EventQuery q);

  /**
   * {@link #countByRegion} and the data version of the snapshot it counted: every write up to that
   * version is counted, none after it.
   */
  Versioned<List<RegionCount>> countByRegionVersioned(EventQuery q);

  /**
   * A value read from one snapshot of the data.
   *
   * @param value what was read
   * @param version the data version of the snapshot
   */
  record Versioned<T>(T value, long version) {}

  /** The first and last event dates, or empty when there is no event. */
  Optional<DateRange> dateRange();

  @Override
  void close();

  /**
   * @param version increases with every write
   * @param updatedAt when the last write committed (or the store was created)
   */
  record DataVersion(long version, java.time.Instant updatedAt) {}

  /** A closed interval of days. */
  record DateRange(java.time.LocalDate first, java.time.LocalDate last) {}

  /** A time-series bucket width. */
  enum Interval {
    day,
    week,
    month
  }

  /** What a time series is split by. */
  enum GroupBy {
    region("e.admin1"),
    country("e.country"),
    type("e.type");

    private final String column;

    GroupBy(String column) {
      this.column = column;
    }

    /** The column grouped on (a constant, never user input). */
    public String column() {
      return column;
    }
  }

  /**
   * @param start first day of the bucket
   * @param group the group's value ({@code null} without grouping, or for events lacking it)
   * @param count events in it
   */
  record Bucket(java.time.LocalDate start, String group, long count) {}

  /**
   * @param admin1 ISO 3166-2 code
   * @param count events
   * @param lastEventDate date of the latest one
   */
  record RegionCount(String admin1, long count, java.time.LocalDate lastEventDate) {}

  /**
   * A report and its events, not yet stored; see {@link #saveAll}.
   *
   * @param report a draft report
   * @param events its events, ids unset
   */
  record Draft(Report report, List<Event> events) {
    public Draft {
      events = List.copyOf(events);
    }
  }

  /**
   * The outcome of {@link #save}.
   *
   * @param report the stored report (the earlier one when {@code created} is false)
   * @param events its stored events
   * @param created true when this call stored it
   */
  record Saved(Report report, List<Event> events, boolean created) {
    public Saved {
      events = List.copyOf(events);
    }
  }

  /**
   * One page of results.
   *
   * @param items the page
   * @param numberMatched all rows matching, regardless of paging
   */
  record Page<T>(List<T> items, long numberMatched) {
    public Page {
      items = List.copyOf(items);
    }
  }
}
