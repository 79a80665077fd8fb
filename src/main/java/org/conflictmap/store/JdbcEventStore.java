package org.conflictmap.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.conflictmap.Json;

/**
 * The JDBC logic both stores share: transactions, de-duplication, batching and row mapping. The SQL
 * here runs unchanged on PostGIS and H2GIS; what differs (schema, connection set-up, bulk paths)
 * lives in {@code PostgisEventStore} and {@code H2gisEventStore}.
 */
public abstract class JdbcEventStore implements EventStore {

  /** Events are inserted in JDBC batches of this many rows. */
  static final int BATCH_SIZE = 500;

  static final String EVENT_COLUMNS =
      """
      e.id, e.report_id, e.event_date, e.date_precision, e.type, e.sub_type, e.place_name,
      e.kind, e.country, e.admin1, e.geoname_id, ST_X(e.geom) AS lon, ST_Y(e.geom) AS lat,
      e.geo_precision, e.actors, e.confidence, e.evidence_start, e.evidence_end, e.evidence
      """;

  static final String REPORT_COLUMNS =
      "id, url, title, published, lang, text, content_hash, mentions, created_at";

  static final String INSERT_REPORT =
      """
      INSERT INTO reports (url, title, published, lang, text, content_hash, mentions)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      """;

  /** The event insert; {@code %s} is the dialect's point expression (see {@link #pointSql}). */
  static final String INSERT_EVENT =
      """
      INSERT INTO events (id, report_id, event_date, date_precision, type, sub_type, place_name,
        kind, country, admin1, geoname_id, geom, geo_precision, actors, confidence,
        evidence_start, evidence_end, evidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, ?, ?, ?, ?, ?, ?)
      """;

  static final String FIND_DUPLICATE =
      "SELECT " + REPORT_COLUMNS + " FROM reports WHERE url = ? OR content_hash = ?";

  static final String BUMP_VERSION =
      "UPDATE data_version SET version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE id = 1";

  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

  protected final DataSource dataSource;

  private final Object versionLock = new Object();
  private final java.util.concurrent.ConcurrentSkipListSet<Long> localVersions =
      new java.util.concurrent.ConcurrentSkipListSet<>();
  private final List<WriteListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile DataVersion known;
  private volatile long polledAt;
  private volatile long polledVersion = -1;

  /**
   * Where writes take their connections: {@link #dataSource} unless a store keeps writes apart, so
   * that reads queueing for connections never hold up an acknowledged write.
   */
  protected DataSource writeSource() {
    return dataSource;
  }

  protected JdbcEventStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean isReady() {
    // Not Statement.setQueryTimeout: H2 keeps that timeout on the session, so the pooled
    // connection would then cancel any later query (a cold tile) running over 2 s.
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public Saved save(Report report, List<Event> events) {
    return saveAll(List.of(new Draft(report, events))).get(0);
  }

  @Override
  public List<Saved> saveAll(List<Draft> drafts) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    List<Saved> saved;
    try (Connection c = writeSource().getConnection()) {
      saved = saveAll(c, drafts);
    } catch (SQLException e) {
      throw new StoreException(
          (drafts.size() == 1 ? "the report" : "the " + drafts.size() + " reports")
              + " could not be stored: "
              + describe(e),
          e);
    }
    if (saved != null) {
      return saved;
    }
    // Another writer stored (or is storing) one of these reports between our check and our
    // insert: the batch was rolled back; store them one by one, each answering the winner where
    // it lost.
    List<Saved> one = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      one.add(save(d.report(), d.events()));
    }
    return one;
  }

  /**
   * The transaction of {@link #saveAll}; answers {@code null} when a concurrent writer won a race
   * for one of several drafts (the caller then saves them one by one).
   */
  private List<Saved> saveAll(Connection c, List<Draft> drafts) throws SQLException {
    c.setAutoCommit(false);
    try {
      Saved[] out = new Saved[drafts.size()];
      int[] sameAs = new int[drafts.size()];
      long[] reportIds = new long[drafts.size()];
      Map<String, Integer> inBatch = new HashMap<>();
      List<Event> pending = new ArrayList<>();
      List<Integer> created = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        Report r = drafts.get(i).report();
        sameAs[i] = -1;
        Integer first = r.url() == null ? null : inBatch.get("url:" + r.url());
        if (first == null) {
          first = inBatch.get("text:" + r.contentHash());
        }
        if (first != null) {
          sameAs[i] = first;
          continue;
        }
        Optional<Report> earlier = findDuplicate(c, r.url(), r.contentHash());
        if (earlier.isPresent()) {
          out[i] = new Saved(earlier.get(), eventsOf(c, earlier.get().id()), false);
        } else {
          reportIds[i] = insertReport(c, r);
          created.add(i);
          for (Event e : drafts.get(i).events()) {
            pending.add(e.withIds(0, reportIds[i]));
          }
        }
        if (r.url() != null) {
          inBatch.putIfAbsent("url:" + r.url(), i);
        }
        inBatch.putIfAbsent("text:" + r.contentHash(), i);
      }
      List<Event> stored = List.of();
      if (!pending.isEmpty()) {
        long[] ids = allocateEventIds(c, pending.size());
        stored = new ArrayList<>(pending.size());
        for (int k = 0; k < ids.length; k++) {
          Event e = pending.get(k);
          stored.add(e.withIds(ids[k], e.reportId()));
        }
        insertEvents(c, stored);
      }
      if (created.isEmpty()) {
        c.rollback();
      } else {
        DataVersion version;
        try (Statement s = c.createStatement()) {
          s.executeUpdate(BUMP_VERSION);
        }
        version = readVersion(c);
        c.commit();
        committed(version, stored);
      }
      int k = 0;
      for (int i : created) {
        int n = drafts.get(i).events().size();
        Report report = findReport(c, reportIds[i]).orElseThrow();
        out[i] = new Saved(report, stored.subList(k, k + n), true);
        k += n;
      }
      c.commit(); // ends the read transaction of the look-ups above
      for (int i = 0; i < out.length; i++) {
        if (sameAs[i] >= 0) {
          Saved first = out[sameAs[i]];
          out[i] = new Saved(first.report(), first.events(), false);
        }
      }
      return List.of(out);
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      if (drafts.size() > 1 && e instanceof SQLException sql && isConflict(sql)) {
        return null;
      }
      if (e instanceof SQLException sql && isUniqueViolation(sql)) {
        Report r = drafts.get(0).report();
        Optional<Report> winner = findDuplicate(c, r.url(), r.contentHash());
        if (winner.isPresent()) {
          return List.of(new Saved(winner.get(), eventsOf(c, winner.get().id()), false));
        }
      }
      throw e;
    }
  }

  private long insertReport(Connection c, Report r) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT_REPORT, new String[] {"id"})) {
      ps.setString(1, r.url());
      ps.setString(2, r.title());
      ps.setObject(3, r.published() == null ? null : Date.valueOf(r.published()), Types.DATE);
      ps.setString(4, r.lang());
      ps.setString(5, r.text());
      ps.setString(6, r.contentHash());
      ps.setString(7, r.mentionsJson());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /**
   * Inserts events whose ids and report ids are set, in JDBC batches. Ids are taken from the {@code
   * event_ids} sequence first ({@link #allocateEventIds}), so the batches need not return keys and
   * the driver may rewrite them into multi-row inserts.
   */
  protected void insertEvents(Connection c, List<Event> events) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT.formatted(pointSql()))) {
      int pending = 0;
      for (Event e : events) {
        bindEvent(ps, e);
        ps.addBatch();
        if (++pending == BATCH_SIZE) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  /** {@code n} fresh ids from the {@code event_ids} sequence, in one round trip. */
  protected abstract long[] allocateEventIds(Connection c, int n) throws SQLException;

  /** The SQL expression of an event's point, with the placeholders {@link #bindPoint} fills. */
  protected abstract String pointSql();

  /** Binds a WGS 84 point from {@code index}; answers the next free index. */
  protected abstract int bindPoint(PreparedStatement ps, int index, double lon, double lat)
      throws SQLException;

  /** Reads {@code n} longs from a one-column query with one bound parameter, {@code n}. */
  protected static long[] readIds(Connection c, String sql, int n) throws SQLException {
    long[] ids = new long[n];
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, n);
      try (ResultSet rs = ps.executeQuery()) {
        for (int i = 0; i < n; i++) {
          if (!rs.next()) {
            throw new SQLException("the sequence gave fewer ids than asked");
          }
          ids[i] = rs.getLong(1);
        }
      }
    }
    return ids;
  }

  private void bindEvent(PreparedStatement ps, Event e) throws SQLException {
    int i = 1;
    ps.setLong(i++, e.id());
    ps.setLong(i++, e.reportId());
    ps.setDate(i++, Date.valueOf(e.date()));
    ps.setString(i++, e.datePrecision().name());
    ps.setString(i++, e.type());
    ps.setString(i++, e.subType());
    ps.setString(i++, e.placeName());
    ps.setString(i++, e.kind().name());
    ps.setString(i++, e.country());
    ps.setString(i++, e.admin1());
    ps.setObject(i++, e.geonameId(), Types.BIGINT);
    i = bindPoint(ps, i, e.lon(), e.lat());
    ps.setInt(i++, e.geoPrecision());
    ps.setString(i++, Json.write(e.actors()));
    ps.setDouble(i++, e.confidence());
    ps.setInt(i++, e.evidence().start());
    ps.setInt(i++, e.evidence().end());
    ps.setString(i, e.evidence().sentence());
  }

  @Override
  public Optional<Report> findReport(long id) {
    try (Connection c = dataSource.getConnection()) {
      return findReport(c, id);
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  private Optional<Report> findReport(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + REPORT_COLUMNS + " FROM reports WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(readReport(rs)) : Optional.empty();
      }
    }
  }

  @Override
  public Optional<Report> findDuplicate(String url, String contentHash) {
    // On the write path (before a report is parsed): with the writes' connections.
    try (Connection c = writeSource().getConnection()) {
      return findDuplicate(c, url, contentHash);
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  private Optional<Report> findDuplicate(Connection c, String url, String contentHash)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(FIND_DUPLICATE + " ORDER BY id LIMIT 1")) {
      ps.setString(1, url);
      ps.setString(2, contentHash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(readReport(rs)) : Optional.empty();
      }
    }
  }

  @Override
  public List<Report> listReports(int limit, long offset) {
    String sql = "SELECT " + REPORT_COLUMNS + " FROM reports ORDER BY id DESC LIMIT ? OFFSET ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, limit);
      ps.setLong(2, offset);
      List<Report> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(readReport(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public long countReports() {
    return queryLong("SELECT COUNT(*) FROM reports", List.of());
  }

  @Override
  public List<Event> eventsOf(long reportId) {
    try (Connection c = dataSource.getConnection()) {
      return eventsOf(c, reportId);
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  private List<Event> eventsOf(Connection c, long reportId) throws SQLException {
    String sql =
        "SELECT "
            + EVENT_COLUMNS
            + " FROM events e WHERE e.report_id = ? ORDER BY e.event_date, e.id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, reportId);
      List<Event> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(readEvent(rs));
        }
      }
      return out;
    }
  }

  @Override
  public Optional<Event> findEvent(long id) {
    String sql = "SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.id = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(readEvent(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public Page<Event> query(EventQuery q) {
    EventFilterSql f = EventFilterSql.of(q);
    String sql =
        "SELECT "
            + EVENT_COLUMNS
            + " FROM "
            + f.from()
            + f.where()
            + " ORDER BY e.event_date, e.id LIMIT ? OFFSET ?";
    List<Event> items = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = bind(ps, f.params());
      ps.setInt(i++, q.limit());
      ps.setLong(i, q.offset());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(readEvent(rs));
        }
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
    long matched =
        items.size() < q.limit() && (q.offset() == 0 || !items.isEmpty())
            ? q.offset() + items.size()
            : count(q);
    return new Page<>(items, matched);
  }

  @Override
  public long count(EventQuery q) {
    EventFilterSql f = EventFilterSql.of(q);
    return queryLong("SELECT COUNT(*) FROM " + f.from() + f.where(), f.params());
  }

  @Override
  public void stream(EventQuery q, Consumer<Event> sink) {
    EventFilterSql f = EventFilterSql.of(q);
    String sql =
        "SELECT "
            + EVENT_COLUMNS
            + " FROM "
            + f.from()
            + f.where()
            + " ORDER BY e.event_date, e.id";
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false); // PostgreSQL streams from a cursor only inside a transaction
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(1000);
        bind(ps, f.params());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sink.accept(readEvent(rs));
          }
        }
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  /**
   * The version in memory, read again from the database when older than {@link
   * #VERSION_POLL_MILLIS}. A poll that finds versions this object did not write tells the listeners
   * {@link WriteListener#changedElsewhere()} (so does one that races a commit of this object by a
   * few microseconds: caches then drop more than they had to, never less).
   */
  @Override
  public DataVersion version() {
    DataVersion v = known;
    if (v != null && System.nanoTime() - polledAt < VERSION_POLL_MILLIS * 1_000_000) {
      return v;
    }
    synchronized (versionLock) {
      if (known == null || System.nanoTime() - polledAt >= VERSION_POLL_MILLIS * 1_000_000) {
        poll();
      }
      return known;
    }
  }

  private void poll() {
    DataVersion d = readVersion();
    polledAt = System.nanoTime();
    long last = polledVersion;
    polledVersion = d.version();
    if (last >= 0 && d.version() > last) {
      boolean elsewhere = false;
      for (long v = last + 1; v <= d.version(); v++) {
        if (!localVersions.remove(v)) {
          elsewhere = true;
          break;
        }
      }
      if (elsewhere) {
        listeners.forEach(WriteListener::changedElsewhere);
      }
    }
    localVersions.headSet(d.version(), true).clear();
    raiseKnown(d);
  }

  @Override
  public void reloadVersion() {
    synchronized (versionLock) {
      DataVersion d = readVersion();
      polledAt = System.nanoTime();
      polledVersion = d.version();
      localVersions.clear();
      known = d;
    }
    listeners.forEach(WriteListener::changedElsewhere);
  }

  private void raiseKnown(DataVersion d) {
    synchronized (versionLock) {
      if (known == null || d.version() > known.version()) {
        known = d;
      }
    }
  }

  private DataVersion readVersion() {
    try (Connection c = dataSource.getConnection()) {
      return readVersion(c);
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  private static DataVersion readVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT version, updated_at FROM data_version WHERE id = 1")) {
      rs.next();
      return new DataVersion(rs.getLong(1), rs.getTimestamp(2).toInstant());
    }
  }

  /** After a commit of this object that made {@code version}: show it, tell the listeners. */
  private void committed(DataVersion version, List<Event> events) {
    localVersions.add(version.version());
    raiseKnown(version);
    for (WriteListener l : listeners) {
      l.stored(version.version(), events);
    }
  }

  @Override
  public void addWriteListener(WriteListener listener) {
    listeners.add(listener);
  }

  @Override
  public List<Bucket> timeseries(EventQuery q, Interval interval, GroupBy groupBy) {
    EventFilterSql f = EventFilterSql.of(q);
    boolean daily = readsDaily(q);
    String bucket = bucketSql(interval);
    String group = groupBy == null ? null : "NULLIF(" + groupBy.column() + ", '')";
    String sql =
        "SELECT "
            + bucket
            + " AS bucket, "
            + (daily ? "SUM(e.n)" : "COUNT(*)")
            + " AS n"
            + (group == null ? "" : ", " + group + " AS grp")
            + " FROM "
            + (daily ? dailyTable() + " e" : f.from())
            + f.where()
            + " GROUP BY "
            + bucket
            + (group == null ? "" : ", " + group)
            + " ORDER BY 1"
            + (group == null ? "" : ", 3");
    List<Bucket> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, f.params());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Bucket(
                  rs.getDate(1).toLocalDate(),
                  group == null ? null : rs.getString(3),
                  rs.getLong(2)));
        }
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
    return out;
  }

  @Override
  public Optional<DateRange> dateRange() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MIN(event_date), MAX(event_date) FROM events")) {
      rs.next();
      Date first = rs.getDate(1);
      return first == null
          ? Optional.empty()
          : Optional.of(new DateRange(first.toLocalDate(), rs.getDate(2).toLocalDate()));
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public List<RegionCount> countByRegion(EventQuery q) {
    try (Connection c = dataSource.getConnection()) {
      return countByRegion(c, q);
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  /**
   * One statement, so one snapshot on both databases: the counts, and a last row (admin-1 {@code
   * NULL}) with the data version. (Two statements in one transaction are not enough: H2's
   * repeatable read lets the second see rows committed after the first.)
   */
  @Override
  public Versioned<List<RegionCount>> countByRegionVersioned(EventQuery q) {
    EventFilterSql f = EventFilterSql.of(q);
    String sql =
        countByRegionSql(q, f).replace(" ORDER BY 2 DESC, 1", "")
            + " UNION ALL SELECT NULL, version, NULL FROM data_version WHERE id = 1";
    long version = -1;
    List<RegionCount> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, f.params());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(1) == null) {
            version = rs.getLong(2);
          } else {
            out.add(new RegionCount(rs.getString(1), rs.getLong(2), rs.getDate(3).toLocalDate()));
          }
        }
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
    out.sort(
        java.util.Comparator.comparingLong(RegionCount::count)
            .reversed()
            .thenComparing(RegionCount::admin1));
    return new Versioned<>(out, version);
  }

  private String countByRegionSql(EventQuery q, EventFilterSql f) {
    boolean daily = readsDaily(q);
    return "SELECT e.admin1, "
        + (daily ? "SUM(e.n)" : "COUNT(*)")
        + ", MAX(e.event_date) FROM "
        + (daily ? dailyTable() + " e" : f.from())
        + f.where()
        + (f.where().isEmpty() ? " WHERE " : " AND ")
        + "e.admin1 <> '' GROUP BY e.admin1 ORDER BY 2 DESC, 1";
  }

  private List<RegionCount> countByRegion(Connection c, EventQuery q) throws SQLException {
    EventFilterSql f = EventFilterSql.of(q);
    String sql = countByRegionSql(q, f);
    List<RegionCount> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, f.params());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new RegionCount(rs.getString(1), rs.getLong(2), rs.getDate(3).toLocalDate()));
        }
      }
    }
    return out;
  }

  /**
   * The table of daily counts ({@code event_date, type, country, admin1, geo_precision, n}, with
   * {@code ''} for a missing country or region) kept by the store's triggers, or {@code null} when
   * the store has none; {@link #timeseries} and {@link #countByRegion} read it instead of {@code
   * events} when the query filters on none but those columns.
   */
  protected String dailyTable() {
    return null;
  }

  private boolean readsDaily(EventQuery q) {
    return dailyTable() != null && q.bbox() == null && q.text() == null;
  }

  /** The SQL expression of an event's bucket start ({@code e.event_date} truncated). */
  protected abstract String bucketSql(Interval interval);

  protected long queryLong(String sql, List<Object> params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  /** Binds {@code params} from index 1; answers the next free index. */
  protected static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
    int i = 1;
    for (Object p : params) {
      ps.setObject(i++, p);
    }
    return i;
  }

  static Report readReport(ResultSet rs) throws SQLException {
    Date published = rs.getDate("published");
    Timestamp created = rs.getTimestamp("created_at");
    return new Report(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getString("title"),
        published == null ? null : published.toLocalDate(),
        rs.getString("lang"),
        rs.getString("text"),
        rs.getString("content_hash"),
        rs.getString("mentions"),
        created == null ? null : created.toInstant());
  }

  static Event readEvent(ResultSet rs) throws SQLException {
    long geonameId = rs.getLong("geoname_id");
    Long geoname = rs.wasNull() ? null : geonameId;
    List<String> actors;
    try {
      actors = Json.MAPPER.readValue(rs.getString("actors"), STRING_LIST);
    } catch (java.io.IOException e) {
      throw new SQLException("unreadable actors column", e);
    }
    return new Event(
        rs.getLong("id"),
        rs.getLong("report_id"),
        rs.getDate("event_date").toLocalDate(),
        Event.DatePrecision.valueOf(rs.getString("date_precision")),
        rs.getString("type"),
        rs.getString("sub_type"),
        rs.getString("place_name"),
        Event.PlaceKind.valueOf(rs.getString("kind")),
        rs.getString("country"),
        rs.getString("admin1"),
        geoname,
        rs.getDouble("lon"),
        rs.getDouble("lat"),
        rs.getInt("geo_precision"),
        actors,
        rs.getDouble("confidence"),
        new Event.Evidence(
            rs.getInt("evidence_start"), rs.getInt("evidence_end"), rs.getString("evidence")));
  }

  /** SQLSTATE 23505: unique violation, the same code on PostgreSQL and H2. */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /**
   * A unique violation, or a deadlock or lock timeout: what concurrent batches holding some of the
   * same reports run into (each waits for the other's uncommitted insert).
   */
  static boolean isConflict(SQLException e) {
    String state = e.getSQLState();
    return "23505".equals(state)
        || "40P01".equals(state) // PostgreSQL: deadlock detected
        || "40001".equals(state) // serialization failure (H2 reports deadlocks so)
        || "HYT00".equals(state); // H2: lock timeout
  }

  protected StoreException readFailure(SQLException e) {
    return new StoreException("the event store could not answer: " + describe(e), e);
  }

  /** A one-line description without SQL text, for users and logs. */
  protected static String describe(SQLException e) {
    String state = e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")";
    return e.getClass().getSimpleName() + state;
  }
}
