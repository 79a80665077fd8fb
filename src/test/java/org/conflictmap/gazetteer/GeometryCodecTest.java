package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class GeometryCodecTest {

  private static Geometry roundTrip(Geometry g) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GeometryCodec.write(g, new DataOutputStream(bytes));
    return GeometryCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "POLYGON ((30.5 50.4, 30.6 50.4, 30.6 50.5, 30.5 50.4))",
        "POLYGON ((-180 -90, 180 -90, 180 90, -180 90, -180 -90), (0 0, 1 0, 1 1, 0 0))",
        "MULTIPOLYGON (((37.12345 48.54321, 37.2 48.5, 37.2 48.6, 37.12345 48.54321)),"
            + " ((-70.00001 -33.99999, -69 -34, -69 -33, -70.00001 -33.99999)))"
      })
  void polygons_survive_a_round_trip_at_five_decimals(String wkt) throws Exception {
    Geometry g = new WKTReader().read(wkt);
    Geometry back = roundTrip(g);
    assertEquals(g.getGeometryType(), back.getGeometryType());
    assertTrue(g.equalsExact(back, 1e-9), () -> "got " + back);
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource(
      delimiter = '|',
      value = {"POINT (1 2)", "LINESTRING (0 0, 1 1)"})
  void non_polygons_are_refused(String wkt) throws Exception {
    Geometry g = new WKTReader().read(wkt);
    assertThrows(
        IllegalArgumentException.class,
        () -> GeometryCodec.write(g, new DataOutputStream(new ByteArrayOutputStream())));
  }

  @ParameterizedTest(name = "zigzag({0}) decodes back")
  @CsvSource({"0", "1", "-1", "18000000", "-18000000", "36000000", "-36000000"})
  void zigzag_is_reversible(long v) {
    assertEquals(v, GeometryCodec.unzigzag(GeometryCodec.zigzag(v)));
  }
}
