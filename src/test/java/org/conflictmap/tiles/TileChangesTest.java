package org.conflictmap.tiles;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.conflictmap.store.Event;
import org.conflictmap.store.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class TileChangesTest {
  // Donetsk oblast, roughly; Kramatorsk (37.58, 48.72) lies in it, Mariupol (37.6, 47.1) too.
  static final Envelope UA_14 = new Envelope(36.5, 39.0, 46.9, 49.3);
  final TileChanges changes = new TileChanges(code -> "UA-14".equals(code) ? UA_14 : null);
  long written;

  static TileRequest tile(String layer, double lon, double lat, int z, TileFilter filter) {
    return new TileRequest(layer, TileCoord.containing(lon, lat, z), filter);
  }

  static TileRequest events(double lon, double lat, int z) {
    return tile("events", lon, lat, z, TileFilter.none());
  }

  static TileRequest regions(double lon, double lat, int z) {
    return tile("regions", lon, lat, z, TileFilter.none());
  }

  /** A battle on 3 April 2025 at lon, lat. */
  static Event at(double lon, double lat, String admin1) {
    return StoreFixtures.event(3, "battles", "UA", admin1, lon, lat);
  }

  @Test
  void an_event_changes_the_tiles_holding_it_at_every_zoom_and_no_tile_elsewhere() {
    long before = changes.current();

    changes.stored(++written, List.of(at(37.58, 48.72, "UA-14")));

    for (int z = 0; z <= 16; z++) {
      assertTrue(changes.changedSince(events(37.58, 48.72, z), before), "zoom " + z);
    }
    assertFalse(changes.changedSince(events(-3.70, 40.42, 6), before)); // Madrid
    assertFalse(changes.changedSince(events(30.52, 50.45, 8), before)); // Kyiv
    assertFalse(changes.changedSince(events(37.58, 48.72, 9), changes.current()));
  }

  @Test
  void an_event_changes_only_tiles_whose_filter_it_passes() {
    LocalDate day = at(37.58, 48.72, "UA-14").date();
    TileFilter sameMonth =
        new TileFilter(day.withDayOfMonth(1), day.plusDays(3), null, null, null, null);
    TileFilter earlier =
        new TileFilter(day.minusYears(1), day.minusDays(1), null, null, null, null);
    TileFilter riots = new TileFilter(null, null, List.of("riots"), null, null, null);
    long before = changes.current();

    changes.stored(++written, List.of(at(37.58, 48.72, "UA-14")));

    assertTrue(changes.changedSince(tile("events", 37.58, 48.72, 10, sameMonth), before));
    assertFalse(changes.changedSince(tile("events", 37.58, 48.72, 10, earlier), before));
    assertFalse(changes.changedSince(tile("events", 37.58, 48.72, 10, riots), before));
    assertFalse(changes.changedSince(tile("regions", 37.58, 48.72, 6, riots), before));
  }

  @Test
  void an_event_in_a_tiles_buffer_changes_that_tile_too() {
    TileCoord t = TileCoord.containing(37.58, 48.72, 10);
    org.locationtech.jts.geom.Envelope m = t.envelope(); // EPSG:3857
    // just east of the tile's east edge, inside its 64/4096 buffer
    double x = m.getMaxX() + t.size() * 0.5 * EventTileSql.BUFFER_FRACTION;
    double y = (m.getMinY() + m.getMaxY()) / 2;
    TileRequest tile = new TileRequest("events", t, TileFilter.none());
    TileRequest west =
        new TileRequest("events", new TileCoord(10, t.x() - 1, t.y()), TileFilter.none());
    long before = changes.current();

    changes.stored(++written, List.of(at(WebMercator.lon(x), WebMercator.lat(y), null)));

    assertTrue(changes.changedSince(tile, before));
    assertFalse(changes.changedSince(west, before), "the tile west of it is out of reach");
  }

  @Test
  void regions_tiles_change_over_the_whole_region_of_a_new_event_and_only_there() {
    long before = changes.current();

    changes.stored(++written, List.of(at(37.58, 48.72, "UA-14"), at(30.52, 50.45, null)));

    assertTrue(changes.changedSince(regions(37.6, 47.1, 9), before)); // Mariupol, same region
    assertFalse(changes.changedSince(regions(30.52, 50.45, 9), before)); // Kyiv: no region given
    assertFalse(changes.changedSince(regions(-3.70, 40.42, 6), before));
  }

  @Test
  void an_event_in_a_region_without_bounds_changes_every_regions_tile() {
    long before = changes.current();

    changes.stored(++written, List.of(at(37.58, 48.72, "XX-99")));

    assertTrue(changes.changedSince(regions(-3.70, 40.42, 6), before));
    assertFalse(changes.changedSince(events(-3.70, 40.42, 6), before));
  }

  @Test
  void boundaries_never_change_and_a_change_elsewhere_changes_every_data_tile() {
    TileRequest outline = tile("boundaries", 37.58, 48.72, 5, TileFilter.none());
    long before = changes.current();

    changes.changedElsewhere();

    assertFalse(changes.changedSince(outline, before));
    assertTrue(changes.changedSince(events(-3.70, 40.42, 6), before));
    assertTrue(changes.changedSince(regions(-3.70, 40.42, 6), before));
    assertFalse(changes.changedSince(events(-3.70, 40.42, 6), changes.current()));
  }

  @Test
  void a_tile_older_than_the_remembered_writes_counts_as_changed() {
    long before = changes.current();
    for (int i = 0; i <= TileChanges.REMEMBERED; i++) {
      changes.stored(++written, List.of(at(37.58, 48.72, null)));
    }
    assertTrue(changes.changedSince(events(-3.70, 40.42, 6), before));
    assertFalse(changes.changedSince(events(-3.70, 40.42, 6), changes.current() - 5));
  }
}
