package org.conflictmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictmap.store.Event;
import org.conflictmap.store.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class TileVersionsTest {
  // Donetsk oblast, roughly; Kramatorsk lies in it.
  static final Envelope UA_14 = new Envelope(36.5, 39.0, 46.9, 49.3);
  final TileVersions versions = new TileVersions(code -> "UA-14".equals(code) ? UA_14 : null);

  static TileRequest events(double lon, double lat, int z) {
    return new TileRequest("events", TileCoord.containing(lon, lat, z), TileFilter.none());
  }

  static TileRequest regions(double lon, double lat, int z) {
    return new TileRequest("regions", TileCoord.containing(lon, lat, z), TileFilter.none());
  }

  static Event at(double lon, double lat, String admin1) {
    return StoreFixtures.event(3, "battles", "UA", admin1, lon, lat);
  }

  @Test
  void an_event_changes_the_tiles_holding_it_at_every_zoom_and_no_tile_far_away() {
    long[] before = new long[17];
    for (int z = 0; z <= 16; z++) {
      before[z] = versions.version(events(37.58, 48.72, z));
    }
    long madrid = versions.version(events(-3.70, 40.42, 6));

    versions.stored(List.of(at(37.58, 48.72, "UA-14")));

    for (int z = 0; z <= 16; z++) {
      assertNotEquals(before[z], versions.version(events(37.58, 48.72, z)), "zoom " + z);
    }
    assertEquals(madrid, versions.version(events(-3.70, 40.42, 6)));
    assertEquals(madrid, versions.version(events(30.52, 50.45, 12))); // Kyiv, same z0 tile
  }

  @Test
  void an_event_in_a_tiles_buffer_changes_that_tile_too() {
    TileCoord t = TileCoord.containing(37.58, 48.72, 10);
    Envelope e = t.envelope(); // EPSG:3857
    // just east of the tile's east edge, inside its 64/4096 buffer
    double x = e.getMaxX() + t.size() * 0.5 * EventTileSql.BUFFER_FRACTION;
    double y = (e.getMinY() + e.getMaxY()) / 2;
    TileRequest tile = new TileRequest("events", t, TileFilter.none());
    TileRequest beyond =
        new TileRequest("events", new TileCoord(10, t.x() - 1, t.y()), TileFilter.none());
    long v = versions.version(tile);
    long w = versions.version(beyond);

    versions.stored(List.of(at(WebMercator.lon(x), WebMercator.lat(y), null)));

    assertNotEquals(v, versions.version(tile));
    assertEquals(w, versions.version(beyond), "two tiles west is out of reach");
  }

  @Test
  void regions_tiles_change_over_the_whole_region_of_a_new_event_and_only_there() {
    long south = versions.version(regions(37.6, 47.1, 9)); // Mariupol, far from the event
    long kyiv = versions.version(regions(30.52, 50.45, 9));

    versions.stored(List.of(at(37.58, 48.72, "UA-14")));

    assertTrue(south < versions.version(regions(37.6, 47.1, 9)));
    assertEquals(kyiv, versions.version(regions(30.52, 50.45, 9)));
  }

  @Test
  void boundaries_never_change_and_a_change_elsewhere_changes_every_data_tile() {
    TileRequest outline =
        new TileRequest("boundaries", TileCoord.containing(37.58, 48.72, 5), TileFilter.none());
    long madrid = versions.version(events(-3.70, 40.42, 6));

    versions.stored(List.of(at(37.58, 48.72, "UA-14")));
    versions.changedElsewhere();

    assertEquals(0, versions.version(outline));
    assertTrue(versions.version(events(-3.70, 40.42, 6)) > madrid);
    assertTrue(
        versions.version(events(-3.70, 40.42, 6)) >= versions.version(events(37.58, 48.72, 9)));
  }

  @Test
  void an_event_in_an_unknown_region_changes_everything() {
    long madrid = versions.version(regions(-3.70, 40.42, 6));

    versions.stored(List.of(at(37.58, 48.72, "XX-99")));

    assertNotEquals(madrid, versions.version(regions(-3.70, 40.42, 6)));
  }
}
