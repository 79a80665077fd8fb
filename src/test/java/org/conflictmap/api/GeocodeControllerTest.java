package org.conflictmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.conflictmap.App;
import org.conflictmap.AppConfig;
import org.conflictmap.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The real app on a free port, the real geodata, a real HTTP client. */
class GeocodeControllerTest {
  @TempDir static Path dataDir;
  private static App app;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    app = App.open(AppConfig.embeddedForTest(dataDir)).start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
            .GET()
            .build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  private static String q(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void geocode_answers_ranked_candidates_as_a_geojson_feature_collection() throws Exception {
    HttpResponse<String> r = get("/geocode?q=Donetsk&limit=3");
    assertEquals(200, r.statusCode());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
    JsonNode body = json(r);
    assertEquals("FeatureCollection", body.get("type").asText());
    JsonNode features = body.get("features");
    assertEquals(3, features.size());
    JsonNode first = features.get(0);
    assertEquals("Point", first.at("/geometry/type").asText());
    JsonNode p = first.get("properties");
    assertEquals("Donetsk", p.get("name").asText());
    assertEquals("locality", p.get("kind").asText());
    assertEquals("UA", p.get("country").asText());
    assertEquals("UA-14", p.get("admin1").asText());
    assertEquals(709717, p.get("geonameId").asInt());
    assertTrue(p.get("population").asLong() > 500_000);
    double lon = first.at("/geometry/coordinates/0").asDouble();
    double lat = first.at("/geometry/coordinates/1").asDouble();
    assertEquals(37.8, lon, 0.2);
    assertEquals(48.0, lat, 0.2);
    for (int i = 1; i < features.size(); i++) {
      assertTrue(
          features.get(i - 1).at("/properties/score").asDouble()
              >= features.get(i).at("/properties/score").asDouble());
    }
  }

  @ParameterizedTest(name = "/geocode?q={0}&country={1}&kind={2} -> {3} in {4}")
  @CsvSource({
    "Київ, , locality, Kyiv, UA-30",
    "Artemivsk, UA, locality, Bakhmut, UA-14",
    "Donetsk, RU, , Donetsk, RU-ROS",
    "Donetsk, , admin1, Donetsk, UA-14",
    "Sudzha, , , Sudzha, RU-KRS"
  })
  void geocode_filters_by_country_and_kind(
      String name, String country, String kind, String expected, String admin1) throws Exception {
    String query =
        "/geocode?limit=20&q="
            + q(name)
            + (country == null ? "" : "&country=" + country)
            + (kind == null ? "" : "&kind=" + kind);
    JsonNode features = json(get(query)).get("features");
    assertFalse(features.isEmpty());
    boolean found = false;
    for (JsonNode f : features) {
      JsonNode p = f.get("properties");
      if (country != null) {
        assertEquals(country, p.get("country").asText());
      }
      if (kind != null) {
        assertEquals(kind, p.get("kind").asText());
      }
      found |= expected.equals(p.get("name").asText()) && admin1.equals(p.get("admin1").asText());
    }
    assertTrue(found, () -> query + " lacks " + expected + " in " + admin1);
  }

  @ParameterizedTest(name = "{0} -> 400")
  @CsvSource(
      delimiter = '|',
      value = {
        "/geocode",
        "/geocode?q=%20",
        "/geocode?q=-",
        "/geocode?q=Kyiv&limit=0",
        "/geocode?q=Kyiv&limit=many",
        "/geocode?q=Kyiv&kind=city",
        "/geocode?q=Kyiv&country=Ukraine"
      })
  void bad_geocode_parameters_answer_a_400_problem(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(400, r.statusCode());
    assertEquals(Problem.CONTENT_TYPE, r.headers().firstValue("Content-Type").orElse(""));
    assertFalse(json(r).get("detail").asText().isBlank());
  }

  @Test
  void an_unknown_name_answers_an_empty_collection() throws Exception {
    HttpResponse<String> r = get("/geocode?q=Qwxzzyqk");
    assertEquals(200, r.statusCode());
    assertEquals(0, json(r).get("features").size());
  }

  @ParameterizedTest(name = "/reverse?lat={0}&lon={1} -> {2}, {3}")
  @CsvSource({"48.0, 37.8, UA-14, UA", "51.2, 35.27, RU-KRS, RU", "45.0, 34.1, UA-43, UA"})
  void reverse_answers_the_region_and_country(double lat, double lon, String region, String country)
      throws Exception {
    HttpResponse<String> r = get("/reverse?lat=" + lat + "&lon=" + lon);
    assertEquals(200, r.statusCode());
    JsonNode body = json(r);
    assertEquals(region, body.at("/region/code").asText());
    assertEquals(country, body.at("/region/country").asText());
    assertEquals(country, body.at("/country/code").asText());
  }

  @Test
  void reverse_at_sea_answers_a_404_problem() throws Exception {
    HttpResponse<String> r = get("/reverse?lat=43.5&lon=34.0");
    assertEquals(404, r.statusCode());
    assertEquals(Problem.CONTENT_TYPE, r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(json(r).get("detail").asText().contains("at sea"));
  }

  @ParameterizedTest(name = "{0} -> 400")
  @CsvSource(
      delimiter = '|',
      value = {
        "/reverse",
        "/reverse?lat=48",
        "/reverse?lat=north&lon=37.8",
        "/reverse?lat=91&lon=37.8",
        "/reverse?lat=48&lon=-180.5",
        "/reverse?lat=NaN&lon=37.8"
      })
  void bad_coordinates_answer_a_400_problem(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(400, r.statusCode());
    assertEquals(Problem.CONTENT_TYPE, r.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void regions_collection_has_every_admin1_polygon_as_rfc7946_geojson() throws Exception {
    HttpResponse<String> r = get("/collections/regions/items?limit=5000");
    assertEquals(200, r.statusCode());
    JsonNode body = json(r);
    JsonNode features = body.get("features");
    assertTrue(features.size() >= 4000, () -> "only " + features.size());
    assertEquals(features.size(), body.get("numberReturned").asInt());
    assertEquals(features.size(), body.get("numberMatched").asInt());
    assertFalse(body.has("crs"));
    JsonNode donetsk = null;
    for (JsonNode f : features) {
      if ("UA-14".equals(f.at("/properties/code").asText())) {
        donetsk = f;
      }
    }
    assertTrue(donetsk != null, "UA-14 is missing");
    assertEquals("UA", donetsk.at("/properties/country").asText());
    assertEquals("admin1", donetsk.at("/properties/kind").asText());
    assertFalse(donetsk.get("geometry").has("crs"));
    assertTrue(exteriorRingIsCounterClockwise(donetsk.get("geometry")));
  }

  private static boolean exteriorRingIsCounterClockwise(JsonNode geometry) {
    JsonNode ring =
        geometry.get("type").asText().equals("Polygon")
            ? geometry.at("/coordinates/0")
            : geometry.at("/coordinates/0/0");
    Coordinate[] cs = new Coordinate[ring.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
    }
    return Orientation.isCCW(new GeometryFactory().createLinearRing(cs).getCoordinateSequence());
  }

  @Test
  void simplifying_regions_of_one_country_makes_them_smaller() throws Exception {
    HttpResponse<String> full = get("/collections/regions/items?country=UA");
    HttpResponse<String> coarse = get("/collections/regions/items?country=UA&simplify=0.05");
    assertEquals(200, full.statusCode());
    assertEquals(200, coarse.statusCode());
    JsonNode features = json(coarse).get("features");
    assertTrue(features.size() >= 27, () -> "got " + features.size());
    for (JsonNode f : features) {
      assertEquals("UA", f.at("/properties/country").asText());
    }
    assertTrue(coarse.body().length() < full.body().length() / 2);
  }

  @Test
  void countries_collection_puts_crimea_in_ukraine() throws Exception {
    HttpResponse<String> r = get("/collections/countries/items?simplify=0.01&limit=1000");
    assertEquals(200, r.statusCode());
    JsonNode features = json(r).get("features");
    assertTrue(features.size() > 200);
    JsonNode ukraine = null;
    for (JsonNode f : features) {
      if ("UA".equals(f.get("id").asText())) {
        ukraine = f;
      }
    }
    assertTrue(ukraine != null, "UA is missing");
    assertEquals("Ukraine", ukraine.at("/properties/name").asText());
    org.locationtech.jts.geom.Geometry g =
        new org.locationtech.jts.io.geojson.GeoJsonReader()
            .read(ukraine.get("geometry").toString());
    assertTrue(g.contains(new GeometryFactory().createPoint(new Coordinate(34.1, 45.0))));
  }

  @Test
  void collections_and_the_api_document_list_the_gazetteer_resources() throws Exception {
    JsonNode collections = json(get("/collections")).get("collections");
    java.util.Set<String> ids = new java.util.HashSet<>();
    collections.forEach(c -> ids.add(c.get("id").asText()));
    assertTrue(ids.containsAll(java.util.Set.of("regions", "countries")), () -> "got " + ids);
    JsonNode paths = json(get("/api")).get("paths");
    for (String p :
        java.util.List.of(
            "/geocode", "/reverse", "/collections/regions/items", "/collections/countries/items")) {
      assertTrue(paths.has(p), p);
    }
  }

  @ParameterizedTest(name = "{0} -> 400")
  @CsvSource(
      delimiter = '|',
      value = {
        "/collections/regions/items?simplify=-1",
        "/collections/regions/items?simplify=coarse",
        "/collections/countries/items?simplify=5",
        "/collections/regions/items?country=UKR"
      })
  void bad_collection_parameters_answer_a_400_problem(String path) throws Exception {
    assertEquals(400, get(path).statusCode());
  }
}
