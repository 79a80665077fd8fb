package org.conflictmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.conflictmap.App;
import org.conflictmap.AppConfig;
import org.conflictmap.TestDatabases;
import org.conflictmap.store.TimedEventStore;
import org.conflictmap.store.postgis.PostgisEventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgisTilesApiTest extends TilesApiContract {
  @TempDir static Path dir;
  static App app;

  @BeforeAll
  static void start() {
    String url = TestDatabases.postgisUrl();
    app = App.open(AppConfig.embeddedForTest(dir).withDb(url)).start();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Override
  protected App app() {
    return app;
  }

  Connection connection() throws SQLException {
    return ((PostgisEventStore) ((TimedEventStore) app.store()).unwrap()).pool().getConnection();
  }

  @Override
  protected void reset() {
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      s.execute("TRUNCATE events, reports RESTART IDENTITY CASCADE");
      // TestDatabases.truncate sets the version back to 0; tiles cached under an earlier
      // version would then be reachable again, so move it forward instead.
      s.execute("UPDATE data_version SET version = " + System.nanoTime());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    app.store().reloadVersion();
  }

  @Test
  void tile_queries_run_with_custom_plans_no_jit_and_no_parallel_workers() throws SQLException {
    for (String[] setting :
        new String[][] {
          {"plan_cache_mode", "force_custom_plan"},
          {"jit", "off"},
          {"max_parallel_workers_per_gather", "0"}
        }) {
      try (Connection c = connection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SHOW " + setting[0])) {
        rs.next();
        assertEquals(setting[1], rs.getString(1), setting[0]);
      }
    }
  }

  @Test
  void aggregates_follow_inserts_and_deletes() throws SQLException {
    save(event(3, "battles", LON, LAT), event(4, "riots", LON, LAT));
    long reportId = app.store().listReports(1, 0).get(0).id();
    save(event(5, "riots", LON, LAT));
    // 3 grains x zooms 1, 3, 5, 7, 9, 11
    assertEquals(3 * 3 * 6, sum(CELL_COUNTS));
    assertEquals(3, sum("SELECT sum(n) FROM event_daily"));

    try (Connection c = connection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM reports WHERE id = " + reportId);
    }

    assertEquals(1 * 3 * 6, sum(CELL_COUNTS));
    assertEquals(0, sum("SELECT count(*) FROM event_cells WHERE n <= 0"));
    assertEquals(1, sum("SELECT sum(n) FROM event_daily"));
    assertEquals(0, sum("SELECT count(*) FROM event_daily WHERE n <= 0"));
  }

  @Test
  void folds_are_counted_in_the_metrics() {
    save(event(3, "battles", LON, LAT), event(4, "riots", LON, LAT));
    ((PostgisEventStore) ((TimedEventStore) app.store()).unwrap()).foldPending();
    String metrics = new String(get("/metrics").body(), java.nio.charset.StandardCharsets.UTF_8);
    double folded =
        metrics
            .lines()
            .filter(l -> l.startsWith("conflictmap_tile_aggregates_folded_total "))
            .mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf(' ') + 1)))
            .findFirst()
            .orElse(-1);
    // this class's earlier tests fold too; at least these two events were folded
    org.junit.jupiter.api.Assertions.assertTrue(folded >= 2, "folded: " + folded);
    org.junit.jupiter.api.Assertions.assertTrue(
        metrics.contains("conflictmap_tile_aggregates_fold_seconds_count"), metrics);
  }

  /**
   * Events counted by the cells, queued events (V15; the background folder may move them at any
   * time, one snapshot sees each event once) counted as the 18 cells they will add to.
   */
  private static final String CELL_COUNTS =
      "SELECT (SELECT coalesce(sum(n), 0) FROM event_cells)"
          + " + 18 * (SELECT count(*) FROM event_cells_pending)";

  private long sum(String sql) throws SQLException {
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
