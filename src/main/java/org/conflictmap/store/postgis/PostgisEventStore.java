package org.conflictmap.store.postgis;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.conflictmap.store.Event;
import org.conflictmap.store.JdbcEventStore;
import org.conflictmap.store.StoreUnavailableException;
import org.flywaydb.core.Flyway;

/**
 * The production store: PostgreSQL 15+ with PostGIS 3, through a HikariCP pool, schema by the
 * Flyway migrations in {@code sql/postgis/}.
 *
 * <p>Every pooled connection runs with {@code plan_cache_mode = force_custom_plan}: with
 * server-side prepared statements PostgreSQL would otherwise switch a date-filtered query to a
 * generic plan that ignores the bound dates and can be many times slower; and with {@code
 * max_parallel_workers_per_gather = 0} and {@code jit = off}. Writes have a pool of their own
 * ({@link #writeSource()}), and the tile aggregates are kept by a {@link CellFolder} on a
 * connection of its own: writers only queue their events for it (migration V15).
 */
public final class PostgisEventStore extends JdbcEventStore {

  private final HikariDataSource pool;
  private final HikariDataSource writes;
  private final HikariDataSource folds;
  private final CellFolder folder;

  private PostgisEventStore(
      HikariDataSource pool,
      HikariDataSource writes,
      HikariDataSource folds,
      MeterRegistry registry) {
    super(pool);
    this.pool = pool;
    this.writes = writes;
    this.folds = folds;
    this.folder = new CellFolder(folds, registry);
  }

  /** Connections the store holds besides its read and write pools: the folder's one. */
  static final int OTHER_CONNECTIONS = 1;

  /** Writes have a pool of their own: reads queueing for connections never hold them up. */
  @Override
  protected javax.sql.DataSource writeSource() {
    return writes;
  }

  private static HikariConfig poolConfig(
      PostgisSettings settings, String name, int size, MeterRegistry registry) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(settings.jdbcUrl());
    if (settings.user() != null) {
      config.setUsername(settings.user());
    }
    if (settings.password() != null) {
      config.setPassword(settings.password());
    }
    config.setMaximumPoolSize(size);
    config.setConnectionTimeout(settings.connectTimeoutMillis());
    config.setInitializationFailTimeout(settings.connectTimeoutMillis());
    // No parallel workers: a service runs many short queries at once, and two extra processes per
    // tile or page only add start-up cost and contention for the same cores. No JIT: the planner's
    // cost of a tile statement counts the branch it will not take, which is over jit_above_cost,
    // and compiling it took 290 ms for a tile that runs in 9 (docs/tiles.md).
    config.setConnectionInitSql(
        "SET plan_cache_mode = force_custom_plan; SET max_parallel_workers_per_gather = 0;"
            + " SET jit = off; SET statement_timeout = "
            + Math.max(0, settings.statementTimeoutMillis()));
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("ApplicationName", "conflictmap");
    if (registry != null) {
      config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }
    return config;
  }

  /**
   * Connects, checks PostGIS, migrates the schema.
   *
   * @param settings where and how to connect
   * @throws StoreUnavailableException with a one-line reason when any of it fails
   */
  public static PostgisEventStore open(PostgisSettings settings) {
    return open(settings, null);
  }

  /**
   * As {@link #open(PostgisSettings)}, with the pool's meters on {@code registry} (may be null).
   */
  public static PostgisEventStore open(PostgisSettings settings, MeterRegistry registry) {
    return open(settings, registry, true);
  }

  /**
   * As {@link #open(PostgisSettings, MeterRegistry)}; with {@code backgroundFolds} false the events
   * written stay queued in {@code event_cells_pending} until {@link #foldPending()} or {@link
   * #close()} (for tests of both states of the tile aggregates).
   */
  public static PostgisEventStore open(
      PostgisSettings settings, MeterRegistry registry, boolean backgroundFolds) {
    HikariConfig config =
        poolConfig(settings, "conflictmap-postgis", settings.poolSize(), registry);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreUnavailableException(
          "cannot connect to PostgreSQL at "
              + settings.safeUrl()
              + ": "
              + StoreUnavailableException.rootMessage(e),
          e);
    }
    try {
      requirePostgis(pool, settings);
      requirePoolFits(pool, settings);
      // Flyway connects on its own, without the pool's statement timeout: migrations that fill
      // tables from existing events may run for minutes.
      Flyway.configure()
          .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
          .locations("classpath:sql/postgis")
          .failOnMissingLocations(true)
          // The spatial extension's own tables (spatial_ref_sys…) already sit in the schema.
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
      HikariDataSource writes =
          new HikariDataSource(
              poolConfig(
                  settings, "conflictmap-postgis-writes", settings.writePoolSize(), registry));
      HikariDataSource folds =
          new HikariDataSource(poolConfig(settings, "conflictmap-postgis-folds", 1, null));
      PostgisEventStore store = new PostgisEventStore(pool, writes, folds, registry);
      if (backgroundFolds) {
        store.folder.start();
      }
      return store;
    } catch (RuntimeException e) {
      pool.close();
      if (e instanceof StoreUnavailableException) {
        throw e;
      }
      throw new StoreUnavailableException(
          "cannot prepare the schema in "
              + settings.safeUrl()
              + ": "
              + StoreUnavailableException.rootMessage(e),
          e);
    }
  }

  /**
   * Refuses a pool larger than the connections the server lets ordinary users open ({@code
   * max_connections - superuser_reserved_connections}): such a pool fails under load, not at start.
   */
  private static void requirePoolFits(HikariDataSource pool, PostgisSettings settings) {
    String sql =
        "SELECT (SELECT setting::int FROM pg_settings WHERE name = 'max_connections')"
            + " - (SELECT setting::int FROM pg_settings WHERE name = 'superuser_reserved_connections')";
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      int available = rs.getInt(1);
      if (settings.poolSize() + settings.writePoolSize() + OTHER_CONNECTIONS > available) {
        throw new StoreUnavailableException(
            "the connection pools ("
                + settings.poolSize()
                + " for reads, CONFLICTMAP_DB_POOL, and "
                + settings.writePoolSize()
                + " for writes, CONFLICTMAP_DB_WRITE_POOL, and one for the tile aggregates) are more"
                + " than the "
                + available
                + " connections PostgreSQL at "
                + settings.safeUrl()
                + " allows (max_connections - superuser_reserved_connections)",
            null);
      }
    } catch (SQLException e) {
      throw new StoreUnavailableException(
          "cannot query PostgreSQL at " + settings.safeUrl() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes sure the database has PostGIS: installed already, or created now (which needs a superuser
   * or the database owner with the extension available on the server).
   */
  private static void requirePostgis(HikariDataSource pool, PostgisSettings settings) {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
      try {
        s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
      } catch (SQLException e) {
        throw new StoreUnavailableException(
            "PostgreSQL at "
                + settings.safeUrl()
                + " has no PostGIS and it could not be created ("
                + e.getMessage().lines().findFirst().orElse("")
                + "): install PostGIS 3 (Debian: postgresql-15-postgis-3) and run"
                + " CREATE EXTENSION postgis as a superuser",
            e);
      }
    } catch (SQLException e) {
      throw new StoreUnavailableException(
          "cannot query PostgreSQL at "
              + settings.safeUrl()
              + ": "
              + StoreUnavailableException.rootMessage(e),
          e);
    }
  }

  /**
   * All events of a transaction (one report, or a batch of them) in one statement, from arrays
   * ({@code unnest}), so the tile-aggregate trigger fires once and locks its rows in one sorted
   * pass. Several statements per transaction (JDBC batches, which the driver splits into multi-row
   * inserts of 128, 64, …, 1 rows) would lock aggregate rows in several passes, and concurrent
   * reports deadlock on them.
   */
  static final String INSERT_EVENTS_UNNEST =
      """
      INSERT INTO events (id, report_id, event_date, date_precision, type, sub_type, place_name,
        kind, country, admin1, geoname_id, geom, geo_precision, actors, confidence,
        evidence_start, evidence_end, evidence)
      SELECT u.id, u.report_id, u.event_date, u.date_precision, u.type, u.sub_type, u.place_name, u.kind,
        u.country, u.admin1, u.geoname_id, ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326),
        u.geo_precision, u.actors, u.confidence, u.evidence_start, u.evidence_end, u.evidence
      FROM unnest(?::bigint[], ?::bigint[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
        ?::text[], ?::text[], ?::bigint[], ?::float8[], ?::float8[], ?::smallint[], ?::text[],
        ?::float8[], ?::int[], ?::int[], ?::text[])
        AS u(id, report_id, event_date, date_precision, type, sub_type, place_name, kind, country, admin1,
          geoname_id, lon, lat, geo_precision, actors, confidence, evidence_start, evidence_end,
          evidence)
      """;

  @Override
  protected void insertEvents(Connection c, List<Event> events) throws SQLException {
    int n = events.size();
    Long[] id = new Long[n];
    Long[] reportId = new Long[n];
    java.sql.Date[] date = new java.sql.Date[n];
    String[] precision = new String[n];
    String[] type = new String[n];
    String[] subType = new String[n];
    String[] place = new String[n];
    String[] kind = new String[n];
    String[] country = new String[n];
    String[] admin1 = new String[n];
    Long[] geonameId = new Long[n];
    Double[] lon = new Double[n];
    Double[] lat = new Double[n];
    Short[] geoPrecision = new Short[n];
    String[] actors = new String[n];
    Double[] confidence = new Double[n];
    Integer[] start = new Integer[n];
    Integer[] end = new Integer[n];
    String[] evidence = new String[n];
    for (int i = 0; i < n; i++) {
      Event e = events.get(i);
      id[i] = e.id();
      reportId[i] = e.reportId();
      date[i] = java.sql.Date.valueOf(e.date());
      precision[i] = e.datePrecision().name();
      type[i] = e.type();
      subType[i] = e.subType();
      place[i] = e.placeName();
      kind[i] = e.kind().name();
      country[i] = e.country();
      admin1[i] = e.admin1();
      geonameId[i] = e.geonameId();
      lon[i] = e.lon();
      lat[i] = e.lat();
      geoPrecision[i] = (short) e.geoPrecision();
      actors[i] = org.conflictmap.Json.write(e.actors());
      confidence[i] = e.confidence();
      start[i] = e.evidence().start();
      end[i] = e.evidence().end();
      evidence[i] = e.evidence().sentence();
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_EVENTS_UNNEST)) {
      int k = 1;
      ps.setArray(k++, c.createArrayOf("bigint", id));
      ps.setArray(k++, c.createArrayOf("bigint", reportId));
      ps.setArray(k++, c.createArrayOf("date", date));
      for (String[] texts : List.of(precision, type, subType, place, kind, country, admin1)) {
        ps.setArray(k++, c.createArrayOf("text", texts));
      }
      ps.setArray(k++, c.createArrayOf("bigint", geonameId));
      ps.setArray(k++, c.createArrayOf("float8", lon));
      ps.setArray(k++, c.createArrayOf("float8", lat));
      ps.setArray(k++, c.createArrayOf("int2", geoPrecision));
      ps.setArray(k++, c.createArrayOf("text", actors));
      ps.setArray(k++, c.createArrayOf("float8", confidence));
      ps.setArray(k++, c.createArrayOf("int4", start));
      ps.setArray(k++, c.createArrayOf("int4", end));
      ps.setArray(k, c.createArrayOf("text", evidence));
      ps.executeUpdate();
    }
  }

  @Override
  protected long[] allocateEventIds(Connection c, int n) throws SQLException {
    return readIds(c, "SELECT nextval('event_ids') FROM generate_series(1, ?)", n);
  }

  @Override
  protected String pointSql() {
    return "ST_SetSRID(ST_MakePoint(?, ?), 4326)";
  }

  @Override
  protected int bindPoint(PreparedStatement ps, int index, double lon, double lat)
      throws SQLException {
    ps.setDouble(index, lon);
    ps.setDouble(index + 1, lat);
    return index + 2;
  }

  @Override
  protected String bucketSql(Interval interval) {
    return switch (interval) {
      case day -> "e.event_date";
      case week -> "CAST(date_trunc('week', e.event_date) AS DATE)";
      case month -> "CAST(date_trunc('month', e.event_date) AS DATE)";
    };
  }

  @Override
  public String kind() {
    return "postgis";
  }

  /** {@code event_daily}, kept by triggers (migration V13). */
  @Override
  protected String dailyTable() {
    return "event_daily";
  }

  /** The pool, for the benchmark's {@code COPY} and for tile queries. */
  public HikariDataSource pool() {
    return pool;
  }

  /**
   * Folds every queued event into the tile aggregates now (also done in the background and at
   * {@link #close()}).
   *
   * @return how many events this call folded (0 when another process was folding)
   */
  public int foldPending() {
    try {
      return folder.foldAll();
    } catch (java.sql.SQLException e) {
      throw new StoreUnavailableException(
          "cannot fold pending events: " + StoreUnavailableException.rootMessage(e), e);
    }
  }

  @Override
  public void close() {
    folder.close();
    folds.close();
    writes.close();
    pool.close();
  }
}
