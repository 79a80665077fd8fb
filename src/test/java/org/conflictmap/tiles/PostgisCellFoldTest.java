package org.conflictmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.TestDatabases;
import org.conflictmap.store.Event;
import org.conflictmap.store.StoreFixtures;
import org.conflictmap.store.SyntheticEvents;
import org.conflictmap.store.postgis.PostgisEventStore;
import org.conflictmap.store.postgis.PostgisSettings;
import org.conflictmap.tiles.TileTestSupport.Feature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writers queue their events in {@code event_cells_pending} and a fold adds them to {@code
 * event_cells} (migration V15): a tile is the same whether its events are queued, folded or half of
 * each, and the cells always equal the sums recomputed from the events, after deletes of queued and
 * of folded events too. The store runs without its background folder here, so each state is reached
 * on purpose.
 */
class PostgisCellFoldTest {
  private static PostgisEventStore store;
  private static String url;

  /** Tiles over the synthetic front line at every kind of zoom, with and without filters. */
  private static final List<TileRequest> TILES = new ArrayList<>();

  @BeforeAll
  static void open() {
    url = TestDatabases.postgisUrl();
    store = PostgisEventStore.open(PostgisSettings.fromEnvironment(url), null, false);
    TileFilter dated =
        new TileFilter(LocalDate.of(2024, 2, 10), LocalDate.of(2025, 3, 3), null, null, null, null);
    TileFilter typed =
        new TileFilter(null, null, List.of("battles"), List.of("UA-14"), null, List.of(1, 2));
    for (int z : new int[] {2, 5, 7, 8, 9, 10, 11}) {
      for (TileFilter f : List.of(TileFilter.none(), dated, typed)) {
        TILES.add(new TileRequest("events", TileCoord.containing(37.18, 48.28, z), f));
      }
    }
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void empty() {
    TestDatabases.truncate(url);
    store.reloadVersion();
  }

  @Test
  void tiles_are_the_same_queued_half_folded_and_folded() throws SQLException {
    List<Event> events = new SyntheticEvents(5).next(3_000);
    save(events.subList(0, 1_500));
    assertEquals(1_500, count("SELECT count(*) FROM event_cells_pending"));
    assertEquals(0, count("SELECT count(*) FROM event_cells"));
    Map<TileRequest, List<Feature>> queued = render();

    assertEquals(1_500, store.foldPending());
    assertEquals(0, count("SELECT count(*) FROM event_cells_pending"));
    assertEquals(queued, render(), "folding changes no tile");

    save(events.subList(1_500, 3_000));
    Map<TileRequest, List<Feature>> half = render();
    store.foldPending();
    assertEquals(half, render(), "folding changes no tile");
    assertCellsMatchEvents();
    long drawn = half.values().stream().mapToLong(List::size).sum();
    assertTrue(drawn > 100, "the tiles should hold features, not be empty alike: " + drawn);
  }

  @Test
  void deleting_queued_and_folded_events_keeps_the_cells_exact() throws SQLException {
    List<Event> events = new SyntheticEvents(8).next(600);
    save(events.subList(0, 300));
    store.foldPending();
    save(events.subList(300, 600));
    assertEquals(300, count("SELECT count(*) FROM event_cells_pending"));

    // One report folded, one queued, and one of each half in a single statement.
    execute(
        "DELETE FROM events WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 100)",
        "DELETE FROM events WHERE id IN (SELECT id FROM events ORDER BY id DESC LIMIT 100)",
        "DELETE FROM events WHERE id IN (SELECT id FROM events WHERE id % 7 = 0)");
    assertCellsMatchEvents();
    store.foldPending();
    assertCellsMatchEvents();
    assertEquals(0, count("SELECT count(*) FROM event_cells WHERE n <= 0"));
    assertFalse(count("SELECT count(*) FROM events") == 0);
  }

  @Test
  void an_update_moves_a_queued_or_folded_event() throws SQLException {
    List<Event> events = new SyntheticEvents(9).next(200);
    save(events.subList(0, 100));
    store.foldPending();
    save(events.subList(100, 200));
    execute(
        "UPDATE events SET geom = ST_SetSRID(ST_MakePoint(36.2, 49.99), 4326),"
            + " event_date = event_date + 40 WHERE id % 3 = 0");
    assertCellsMatchEvents();
    store.foldPending();
    assertCellsMatchEvents();
  }

  private static void execute(String... statements) throws SQLException {
    try (Connection c = store.pool().getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private static void save(List<Event> events) {
    for (int i = 0; i < events.size(); i += 300) {
      List<Event> batch = events.subList(i, Math.min(events.size(), i + 300));
      store.save(StoreFixtures.report(null, "synthetic batch " + System.nanoTime()), batch);
    }
  }

  private static Map<TileRequest, List<Feature>> render() {
    PostgisTileStore tiles = new PostgisTileStore(store.pool());
    Map<TileRequest, List<Feature>> out = new LinkedHashMap<>();
    for (TileRequest t : TILES) {
      out.put(t, TileTestSupport.decode(tiles.tile(t)));
    }
    return out;
  }

  /** The stored cells plus the queued events equal the cells recomputed from every event. */
  private static void assertCellsMatchEvents() throws SQLException {
    String differences =
        """
        WITH stored AS (
          SELECT z, tx, ty, grain, period, cell, type, country, admin1, geo_precision,
                 sum(n) AS n
          FROM (
            SELECT z, tx, ty, grain, period, cell, type, country, admin1, geo_precision, n
            FROM event_cells
            UNION ALL
            SELECT k.z, k.tx, k.ty, k.grain, k.period, k.cell, p.type, p.country, p.admin1,
                   p.geo_precision, 1
            FROM event_cells_pending p
            CROSS JOIN LATERAL event_cell_keys(ST_SetSRID(ST_MakePoint(p.x, p.y), 3857),
                                               p.event_date) k) u
          GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        ), expected AS (
          SELECT k.z, k.tx, k.ty, k.grain, k.period, k.cell, e.type, COALESCE(e.country, ''),
                 COALESCE(e.admin1, ''), e.geo_precision, count(*) AS n
          FROM events e CROSS JOIN LATERAL event_cell_keys(e.geom_3857, e.event_date) k
          GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        )
        SELECT (SELECT count(*) FROM (SELECT * FROM stored EXCEPT SELECT * FROM expected) a)
             + (SELECT count(*) FROM (SELECT * FROM expected EXCEPT SELECT * FROM stored) b),
               (SELECT count(*) FROM expected)
        """;
    try (Connection c = store.pool().getConnection();
        PreparedStatement ps = c.prepareStatement(differences);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      assertEquals(0, rs.getLong(1), "cell rows that differ from the events' recount");
      assertTrue(rs.getLong(2) > 0, "the recount should not be empty");
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = store.pool().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
