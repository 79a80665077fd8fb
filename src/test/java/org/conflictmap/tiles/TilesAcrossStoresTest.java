package org.conflictmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.App;
import org.conflictmap.AppConfig;
import org.conflictmap.TestDatabases;
import org.conflictmap.store.Event;
import org.conflictmap.store.StoreFixtures;
import org.conflictmap.store.SyntheticEvents;
import org.conflictmap.store.TimedEventStore;
import org.conflictmap.store.postgis.PostgisEventStore;
import org.conflictmap.tiles.TileTestSupport.Feature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The embedded store (Java encoding) and PostGIS (SQL encoding) draw the same events tiles from the
 * same events: the same features with the same properties, at the same pixel (±1 for rounding of
 * means), ids aside (each store numbers its own events).
 */
class TilesAcrossStoresTest {
  @TempDir static Path embeddedDir;
  @TempDir static Path postgisDir;
  static App embedded;
  static App postgis;

  @BeforeAll
  static void start() throws SQLException {
    String url = TestDatabases.postgisUrl();
    embedded = App.open(AppConfig.embeddedForTest(embeddedDir)).start();
    postgis = App.open(AppConfig.embeddedForTest(postgisDir).withDb(url)).start();
    try (Connection c =
            ((PostgisEventStore) ((TimedEventStore) postgis.store()).unwrap())
                .pool()
                .getConnection();
        Statement s = c.createStatement()) {
      s.execute("TRUNCATE events, reports RESTART IDENTITY CASCADE");
      s.execute("UPDATE data_version SET version = " + System.nanoTime());
    }
    postgis.store().reloadVersion();
    List<Event> events = new ArrayList<>(new SyntheticEvents(11).next(6_000));
    events.add(StoreFixtures.event(9, "riots", "UA", null, 30.52, 50.45)); // no region
    for (int i = 0; i < events.size(); i += 1_000) {
      List<Event> batch = events.subList(i, Math.min(events.size(), i + 1_000));
      String text = "synthetic batch " + i;
      embedded.store().save(StoreFixtures.report(null, text), batch);
      postgis.store().save(StoreFixtures.report(null, text), batch);
    }
  }

  @AfterAll
  static void stop() {
    if (embedded != null) {
      embedded.close();
    }
    if (postgis != null) {
      postgis.close();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "0, ''",
    "3, ''",
    "5, datetime=2024-02-10/2025-03-03",
    "6, type=battles&geoPrecision=1,2",
    "7, region=UA-14&datetime=..%2F2024-06-30",
    "8, ''",
    "10, datetime=2024-01-01/2024-12-31",
    "12, ''",
    "13, ''",
    "11, type=protests"
  })
  void both_stores_draw_the_same_tile(int z, String query) {
    TileCoord t = TileCoord.containing(37.18, 48.28, z);
    String path = "/tiles/events/" + t + ".mvt" + (query.isEmpty() ? "" : "?" + query);

    List<Feature> a = features(embedded, path);
    List<Feature> b = features(postgis, path);

    assertTrue(!a.isEmpty(), "the tile should not be empty: " + path);
    assertEquals(a.size(), b.size(), path);
    List<Feature> unmatched = new ArrayList<>(b);
    for (Feature f : a) {
      Feature match =
          unmatched.stream()
              .filter(g -> comparable(f).equals(comparable(g)))
              .filter(g -> Math.abs(f.px() - g.px()) <= 1 && Math.abs(f.py() - g.py()) <= 1)
              .findFirst()
              .orElse(null);
      assertTrue(match != null, "no PostGIS twin for " + f + " in " + path);
      unmatched.remove(match);
    }
  }

  private static Map<String, Object> comparable(Feature f) {
    Map<String, Object> m = new HashMap<>();
    f.props()
        .forEach(
            (k, v) -> {
              if (!k.equals("id") && !k.equals("reportId")) {
                m.put(k, v instanceof Number n ? n.longValue() : v);
              }
            });
    return m;
  }

  private static List<Feature> features(App app, String path) {
    HttpResponse<byte[]> r = TileTestSupport.get(app.port(), path, Map.of());
    if (r.statusCode() == 204) {
      return List.of();
    }
    assertEquals(200, r.statusCode(), path);
    return TileTestSupport.decode(r.body());
  }
}
