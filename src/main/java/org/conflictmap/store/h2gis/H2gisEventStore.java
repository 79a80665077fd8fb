package org.conflictmap.store.h2gis;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.conflictmap.store.JdbcEventStore;
import org.conflictmap.store.StoreUnavailableException;
import org.flywaydb.core.Flyway;
import org.h2gis.functions.factory.H2GISFunctions;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The embedded store: H2 with the H2GIS spatial functions, in one file {@code
 * <dir>/conflictmap.mv.db}, created on first start; schema by the Flyway migrations in {@code
 * sql/h2gis/}. Commits are written to the file before they return ({@code WRITE_DELAY=0}), so a
 * killed process loses no acknowledged report. One process may open the file at a time.
 */
public final class H2gisEventStore extends JdbcEventStore {

  private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

  private final HikariDataSource pool;

  private H2gisEventStore(HikariDataSource pool) {
    super(pool);
    this.pool = pool;
  }

  /**
   * Opens (creating when absent) the store in {@code dir}.
   *
   * @throws StoreUnavailableException with a one-line reason when the file cannot be used
   */
  public static H2gisEventStore open(Path dir) {
    return open(dir, null);
  }

  /** As {@link #open(Path)}, with the pool's meters on {@code registry} (may be null). */
  public static H2gisEventStore open(Path dir, MeterRegistry registry) {
    Path abs = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(abs);
    } catch (IOException e) {
      throw new StoreUnavailableException("cannot create the data directory " + abs, e);
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("conflictmap-h2gis");
    // A writer waits up to 10 s for another's uncommitted rows (H2's default is 1 s): concurrent
    // batches holding the same report wait for each other, then one finds the other's report.
    config.setJdbcUrl(
        "jdbc:h2:file:" + abs.resolve("conflictmap") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(8);
    config.setInitializationFailTimeout(5_000);
    if (registry != null) {
      config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreUnavailableException(
          "cannot open the embedded store in "
              + abs
              + ": "
              + StoreUnavailableException.rootMessage(e),
          e);
    }
    try {
      loadSpatialFunctions(pool);
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:sql/h2gis")
          .failOnMissingLocations(true)
          // The spatial extension's own tables (spatial_ref_sys…) already sit in the schema.
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
      return new H2gisEventStore(pool);
    } catch (RuntimeException e) {
      pool.close();
      throw new StoreUnavailableException(
          "cannot prepare the embedded store in "
              + abs
              + ": "
              + StoreUnavailableException.rootMessage(e),
          e);
    }
  }

  /** Registers H2GIS's functions once per database file. */
  private static void loadSpatialFunctions(HikariDataSource pool) {
    String probe = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = ?";
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement(probe)) {
      ps.setString(1, "ST_MAKEENVELOPE");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(1) == 0) {
          H2GISFunctions.load(c);
        }
      }
    } catch (SQLException e) {
      throw new StoreUnavailableException("cannot load the H2GIS functions: " + e.getMessage(), e);
    }
  }

  @Override
  protected long[] allocateEventIds(Connection c, int n) throws SQLException {
    return readIds(c, "SELECT NEXT VALUE FOR event_ids FROM SYSTEM_RANGE(1, ?)", n);
  }

  /** H2 takes a JTS geometry as a parameter directly: no function call per row. */
  @Override
  protected String pointSql() {
    return "?";
  }

  @Override
  protected int bindPoint(PreparedStatement ps, int index, double lon, double lat)
      throws SQLException {
    Point p = GEOMETRY.createPoint(new Coordinate(lon, lat));
    ps.setObject(index, p);
    return index + 1;
  }

  @Override
  protected String bucketSql(Interval interval) {
    return switch (interval) {
      case day -> "e.event_date";
      case week -> "DATEADD(DAY, 1 - ISO_DAY_OF_WEEK(e.event_date), e.event_date)";
      case month -> "DATEADD(DAY, 1 - DAY_OF_MONTH(e.event_date), e.event_date)";
    };
  }

  @Override
  public String kind() {
    return "embedded";
  }

  /** The pool, for the tile renderer and the benchmark. */
  public HikariDataSource pool() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }
}
