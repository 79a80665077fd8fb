package org.conflictmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventTileSqlTest {
  private static final TileFilter FILTERED =
      new TileFilter(
          LocalDate.parse("2024-03-15"),
          LocalDate.parse("2025-06-30"),
          List.of("battles", "riots"),
          List.of("UA-14"),
          List.of("UA"),
          List.of(1, 3));

  @ParameterizedTest
  @ValueSource(ints = {3, 7, 8, 9, 11, 12, 13})
  void every_value_is_bound_and_every_placeholder_has_one(int z) {
    int n = (1 << z) - 1;
    TileCoord t = new TileCoord(z, n * 3 / 7, n * 5 / 9);
    BoundSql q = EventTileSql.forTile(t, FILTERED);

    assertEquals(placeholders(q.sql()), q.params().size(), q.sql());
    for (String spliced : List.of("2024", "UA-14", "battles", "'UA'")) {
      assertFalse(q.sql().contains(spliced), spliced + " in " + q.sql());
    }
    if (t.x() > 99) {
      assertFalse(q.sql().contains(String.valueOf(t.x())), q.sql());
    }
  }

  @Test
  void low_zooms_read_the_aggregates_and_high_zooms_the_events() {
    assertTrue(
        EventTileSql.forTile(new TileCoord(7, 1, 1), TileFilter.none())
            .sql()
            .contains("FROM event_cells"));
    String middle = EventTileSql.forTile(new TileCoord(9, 1, 1), TileFilter.none()).sql();
    assertTrue(middle.contains("FROM event_cells"), "zoom 9 counts and clusters from the cells");
    assertTrue(middle.contains("FROM events e"), "and draws few events as points");
    String high = EventTileSql.forTile(new TileCoord(12, 1, 1), TileFilter.none()).sql();
    assertFalse(high.contains("event_cells"));
    assertTrue(high.contains("e.geom_3857 && ST_TileEnvelope"));
    assertFalse(high.contains("ST_Transform"), "no transform per request");
  }

  @Test
  void the_date_range_is_covered_by_grain_spans_over_the_stored_tiles() {
    int spans = PeriodCover.of(FILTERED.from(), FILTERED.to()).size();
    BoundSql odd = EventTileSql.forTile(new TileCoord(3, 1, 1), FILTERED);
    assertEquals(spans, odd.sql().split("grain = \\?", -1).length - 1);
    // the spans and the queued events (V15), joined
    assertEquals(spans, odd.sql().split("UNION ALL", -1).length - 1);
    assertEquals(1, odd.sql().split("FROM event_cells_pending", -1).length - 1);
    // an even zoom reads the four tiles of the next zoom
    BoundSql even = EventTileSql.forTile(new TileCoord(2, 1, 1), FILTERED);
    assertEquals(4 * spans, even.sql().split("grain = \\?", -1).length - 1);
  }

  private static int placeholders(String sql) {
    return (int) sql.chars().filter(c -> c == '?').count();
  }
}
