package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class RegionIndexTest {
  private static final RegionIndex INDEX =
      new RegionIndex(
          List.of(
              square("AA-1", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
              square("AA-2", "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"),
              square(
                  "AA-3",
                  "POLYGON ((10 10, 14 10, 14 14, 10 14, 10 10), (11 11, 13 11, 13 13, 11 13, 11"
                      + " 11))")));

  private static Boundary square(String code, String wkt) {
    try {
      Place p = new Place(0, Place.Kind.ADMIN1, code, "AA", code, null, null, 0, 0, 0, "ADM1");
      return new Boundary(p, code, null, Map.of(), List.of(), new WKTReader().read(wkt));
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String at(double lat, double lon) {
    return INDEX.locate(lat, lon).map(Boundary::code).orElse("none");
  }

  @ParameterizedTest(name = "({0}, {1}) is in {2}")
  @CsvSource({
    "0.5, 0.5, AA-1",
    "0.5, 1.5, AA-2",
    "10.5, 10.5, AA-3",
    "12, 12, none", // in the hole
    "5, 5, none",
    "-0.5, 0.5, none"
  })
  void points_fall_in_the_polygon_that_contains_them(double lat, double lon, String code) {
    assertEquals(code, at(lat, lon));
  }

  @Test
  void a_point_on_a_shared_border_belongs_to_one_of_the_two_regions() {
    String code = at(0.5, 1.0);
    assertTrue(code.equals("AA-1") || code.equals("AA-2"), code);
    assertEquals(code, at(0.5, 1.0), "stable for one index");
  }

  @ParameterizedTest(name = "({0}, {1}) within 0.02° is near {2}")
  @CsvSource({
    "0.5, -0.01, AA-1", // just west of AA-1
    "0.5, 2.015, AA-2", // just east of AA-2
    "-0.019, 1.5, AA-2",
    "0.5, -0.05, none", // too far out
    "12, 12, none", // deep in AA-3's hole
    "0.5, 0.5, AA-1" // inside: as locate
  })
  void points_just_off_every_polygon_take_the_nearest_within_the_tolerance(
      double lat, double lon, String code) {
    assertEquals(code, INDEX.locateNear(lat, lon, 0.02).map(Boundary::code).orElse("none"));
  }

  @Test
  void non_finite_coordinates_are_nowhere() {
    assertEquals(Optional.empty(), INDEX.locate(Double.NaN, 0.5));
    assertEquals(Optional.empty(), INDEX.locate(0.5, Double.POSITIVE_INFINITY));
  }

  @Test
  void concurrent_first_queries_agree_with_sequential_ones() {
    RegionIndex fresh =
        new RegionIndex(List.of(square("AA-1", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")));
    long inside =
        IntStream.range(0, 20_000)
            .parallel()
            .filter(i -> fresh.locate((i % 200) / 100.0, 0.5).isPresent())
            .count();
    assertEquals(IntStream.range(0, 20_000).filter(i -> (i % 200) <= 100).count(), inside);
  }
}
