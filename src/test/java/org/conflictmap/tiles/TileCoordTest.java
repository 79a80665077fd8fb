package org.conflictmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;

class TileCoordTest {

  @ParameterizedTest
  @CsvSource({"-1,0,0,zoom", "21,0,0,zoom", "0,1,0,x", "0,0,1,y", "3,8,0,x", "3,0,-1,y"})
  void out_of_range_components_are_refused_by_name(int z, int x, int y, String named) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TileCoord(z, x, y));
    assertTrue(e.getMessage().startsWith(named), e.getMessage());
  }

  @Test
  void zoom_zero_covers_the_projected_world() {
    Envelope e = new TileCoord(0, 0, 0).envelope();
    assertEquals(-20037508.342789244, e.getMinX(), 1e-6);
    assertEquals(20037508.342789244, e.getMaxX(), 1e-6);
    assertEquals(-20037508.342789244, e.getMinY(), 1e-6);
    assertEquals(20037508.342789244, e.getMaxY(), 1e-6);
  }

  @Test
  void rows_count_from_the_north() {
    Envelope north = new TileCoord(1, 0, 0).envelope();
    assertEquals(0, north.getMinY(), 1e-6);
    assertEquals(-20037508.342789244, north.getMinX(), 1e-6);
  }

  /** Reference values from the OSM wiki's slippy map formulas (Kyiv at zoom 10 is 598/345). */
  @ParameterizedTest
  @CsvSource({
    "30.52, 50.45, 10, 598, 345",
    "0.0001, 0.0001, 1, 1, 0",
    "-0.0001, -0.0001, 1, 0, 1",
    "179.999, -85, 4, 15, 15",
    "-180, 85.1, 4, 0, 0"
  })
  void containing_finds_the_tile_of_a_point(double lon, double lat, int z, int x, int y) {
    assertEquals(new TileCoord(z, x, y), TileCoord.containing(lon, lat, z));
  }

  @Test
  void web_mercator_round_trips() {
    assertEquals(37.5, WebMercator.lon(WebMercator.x(37.5)), 1e-9);
    assertEquals(48.25, WebMercator.lat(WebMercator.y(48.25)), 1e-9);
  }
}
