package org.conflictmap.api;

import static org.conflictmap.api.ProblemResponsesTest.assertProblem;
import static org.conflictmap.store.StoreFixtures.event;
import static org.conflictmap.store.StoreFixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import org.conflictmap.App;
import org.conflictmap.AppConfig;
import org.conflictmap.Json;
import org.conflictmap.TestHttp;
import org.conflictmap.store.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OGC API - Features, stats and exports against a real server on the embedded store. */
class EventsApiTest {
  @TempDir static Path dir;
  static App app;
  static TestHttp http;

  @BeforeAll
  static void start() {
    app = App.open(AppConfig.embeddedForTest(dir)).start();
    http = new TestHttp(app.port());
    List<Event> events = new ArrayList<>();
    for (int day = 1; day <= 25; day++) {
      events.add(event(day, "battles", "UA", "UA-14", 37.5 + day / 100.0, 48.0));
    }
    events.add(event(26, "protests", "RU", "RU-KRS", 35.3, 51.7));
    events.add(event(27, "protests", "RU", "RU-KRS", 35.3, 51.7));
    app.store()
        .save(report("https://example.org/api", "Clashes, \"quoted\", and =formulas."), events);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void landing_page_links_to_api_conformance_and_collections() throws Exception {
    JsonNode body = json(http.get("/"));

    List<String> rels = rels(body.get("links"));
    assertTrue(
        rels.containsAll(List.of("self", "service-desc", "conformance", "data")), rels.toString());
  }

  @Test
  void conformance_declares_core_and_geojson() throws Exception {
    String body = http.get("/conformance").body();

    assertTrue(body.contains("ogcapi-features-1/1.0/conf/core"));
    assertTrue(body.contains("ogcapi-features-1/1.0/conf/geojson"));
  }

  @Test
  void api_document_is_openapi_3_and_declares_the_maximum_limit() throws Exception {
    HttpResponse<String> r = http.get("/api");
    JsonNode doc = Json.MAPPER.readTree(r.body());

    assertTrue(
        r.headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/vnd.oai.openapi+json"));
    assertTrue(doc.get("openapi").asText().startsWith("3.0"));
    assertEquals(10000, doc.at("/components/parameters/limit/schema/maximum").asInt());
    assertTrue(doc.get("paths").has("/collections/events/items"));
  }

  @Test
  void api_document_names_this_server_and_declares_every_route() throws Exception {
    JsonNode doc = Json.MAPPER.readTree(http.get("/api").body());

    assertEquals("http://127.0.0.1:" + app.port(), doc.at("/servers/0/url").asText());
    for (String path : app.readPaths()) {
      String declared =
          path.replace("/exports/{file}", "/exports/events.csv")
              .replace("{x}/{file}", "{x}/{y}.mvt");
      assertTrue(doc.get("paths").has(declared), "undeclared in /api: " + path);
    }
    assertTrue(doc.at("/paths/~1reports").has("post"));
  }

  @Test
  void collections_list_events_with_extent_and_items_link() throws Exception {
    JsonNode body = json(http.get("/collections"));
    JsonNode events = body.get("collections").get(0);

    assertEquals("events", events.get("id").asText());
    assertEquals(4, events.at("/extent/spatial/bbox/0").size());
    assertEquals("2025-04-01T00:00:00Z", events.at("/extent/temporal/interval/0/0").asText());
    assertEquals("2025-04-27T23:59:59Z", events.at("/extent/temporal/interval/0/1").asText());
    assertTrue(rels(events.get("links")).contains("items"));
    assertEquals("events", json(http.get("/collections/events")).get("id").asText());
    assertProblem(http.get("/collections/nothing"), 404);
  }

  @Test
  void items_page_with_counts_and_next_and_prev_links() throws Exception {
    HttpResponse<String> r = http.get("/collections/events/items?limit=10&offset=10");
    JsonNode body = json(r);

    assertEquals("application/geo+json", r.headers().firstValue("Content-Type").orElse(""));
    assertEquals("FeatureCollection", body.get("type").asText());
    assertEquals(27, body.get("numberMatched").asInt());
    assertEquals(10, body.get("numberReturned").asInt());
    assertEquals(10, body.get("features").size());
    assertTrue(body.has("timeStamp"));
    List<String> rels = rels(body.get("links"));
    assertTrue(rels.containsAll(List.of("self", "next", "prev")), rels.toString());
    String next = link(body, "next");
    assertTrue(next.contains("offset=20") && next.contains("limit=10"), next);
    JsonNode last = json(http.get(next.substring(next.indexOf("/collections"))));
    assertEquals(7, last.get("numberReturned").asInt());
    assertFalse(rels(last.get("links")).contains("next"));
  }

  @Test
  void items_filters_combine() throws Exception {
    assertEquals(2, matched("/collections/events/items?type=protests"));
    assertEquals(2, matched("/collections/events/items?region=RU-KRS&country=ru"));
    assertEquals(5, matched("/collections/events/items?datetime=2025-04-01/2025-04-05"));
    assertEquals(3, matched("/collections/events/items?datetime=2025-04-25T00:00:00Z/.."));
    assertEquals(2, matched("/collections/events/items?bbox=35,51,36,52"));
    assertEquals(27, matched("/collections/events/items?q=shelling"));
    assertEquals(27, matched("/collections/events/items?q=TEST+report"));
    assertEquals(0, matched("/collections/events/items?geoPrecision=3"));
  }

  @Test
  void one_item_is_a_feature_and_unknown_ids_are_404_problems() throws Exception {
    JsonNode first = json(http.get("/collections/events/items?limit=1")).get("features").get(0);
    long id = first.get("id").asLong();

    HttpResponse<String> r = http.get("/collections/events/items/" + id);
    JsonNode f = json(r);

    assertEquals("Feature", f.get("type").asText());
    assertEquals("Point", f.at("/geometry/type").asText());
    assertEquals("battles", f.at("/properties/type").asText());
    assertTrue(rels(f.get("links")).contains("self"));
    assertProblem(http.get("/collections/events/items/999999"), 404);
    assertProblem(http.get("/collections/events/items/abc"), 404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bbox=1,2,3",
        "bbox=NaN,0,1,1",
        "datetime=garbage",
        "datetime=2025-05-01/2025-04-01",
        "limit=0",
        "limit=10001",
        "limit=-5",
        "offset=-1",
        "limit=abc",
        "region=%27%3B--",
        "geoPrecision=7",
        "type=DROP%20TABLE"
      })
  void bad_filters_are_400_problems_naming_the_parameter(String query) throws Exception {
    JsonNode p = assertProblem(http.get("/collections/events/items?" + query), 400);

    String name = query.substring(0, query.indexOf('='));
    assertTrue(p.get("detail").asText().contains("'" + name + "'"), p.toString());
  }

  @Test
  void unknown_parameters_are_400_problems() throws Exception {
    JsonNode p = assertProblem(http.get("/collections/events/items?foo123=1"), 400);

    assertTrue(p.get("detail").asText().contains("foo123"), p.toString());
    assertProblem(http.get("/collections/regions/items?typo=1"), 400);
  }

  @Test
  void region_items_page_filter_by_bbox_and_count_events_for_the_filters() throws Exception {
    JsonNode page = json(http.get("/collections/regions/items?limit=2&bbox=30,45,40,52"));
    JsonNode counted =
        json(http.get("/collections/regions/items?region=UA-14,RU-KRS&type=battles"));
    JsonNode ukraine = json(http.get("/collections/countries/items/UA"));

    assertEquals(2, page.get("numberReturned").asInt());
    assertTrue(page.get("numberMatched").asInt() >= 2);
    assertTrue(rels(page.get("links")).containsAll(List.of("self", "next")));
    assertTrue(page.has("timeStamp"));
    assertEquals(2, counted.get("numberMatched").asInt());
    for (JsonNode f : counted.get("features")) {
      int expected = f.at("/properties/code").asText().equals("UA-14") ? 25 : 0;
      assertEquals(
          expected, f.at("/properties/eventCount").asInt(), f.get("properties").toString());
    }
    assertEquals("Ukraine", ukraine.at("/properties/name").asText());
    assertTrue(rels(ukraine.get("links")).contains("self"));
    String id = counted.at("/features/0/id").asText();
    assertEquals(id, json(http.get("/collections/regions/items/" + id)).get("id").asText());
    assertProblem(http.get("/collections/regions/items/NOPE-1"), 404);
  }

  @Test
  void head_answers_the_headers_of_get_without_a_body() {
    HttpResponse<String> get = http.get("/collections/events/items?limit=3");
    HttpResponse<String> head =
        http.send("HEAD", "/collections/events/items?limit=3", null, Map.of());

    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    assertEquals(
        get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
    assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
  }

  @Test
  void unchanged_items_answer_304_to_their_etag() {
    HttpResponse<String> first = http.get("/collections/events/items?type=battles");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again =
        http.send(
            "GET", "/collections/events/items?type=battles", null, Map.of("If-None-Match", etag));
    HttpResponse<String> other =
        http.send(
            "GET", "/collections/events/items?type=protests", null, Map.of("If-None-Match", etag));

    assertEquals(304, again.statusCode());
    assertEquals(200, other.statusCode());
    assertTrue(first.headers().firstValue("Last-Modified").isPresent());
  }

  @Test
  void cross_origin_reads_are_allowed_and_writes_are_not() {
    HttpResponse<String> get =
        http.send("GET", "/collections", null, Map.of("Origin", "https://maps.example"));
    HttpResponse<String> preflight =
        http.send(
            "OPTIONS",
            "/reports",
            null,
            Map.of("Origin", "https://maps.example", "Access-Control-Request-Method", "POST"));

    assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertEquals(204, preflight.statusCode());
    assertEquals(
        "GET, HEAD", preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
  }

  @Test
  void timeseries_counts_weeks_from_monday_and_groups() throws Exception {
    JsonNode weeks = json(http.get("/stats/timeseries?interval=week"));
    JsonNode byType = json(http.get("/stats/timeseries?interval=month&groupBy=type"));

    assertEquals(27, weeks.get("total").asInt());
    assertEquals("2025-03-31", weeks.at("/buckets/0/start").asText());
    assertEquals(6, weeks.at("/buckets/0/count").asInt()); // 1..6 April: Tuesday to Sunday
    assertEquals(2, byType.get("buckets").size());
    assertProblem(http.get("/stats/timeseries?interval=year"), 400);
  }

  @Test
  void region_stats_count_per_region() throws Exception {
    JsonNode body = json(http.get("/stats/regions?datetime=2025-04-20/.."));

    assertEquals("UA-14", body.at("/regions/0/admin1").asText());
    assertEquals(6, body.at("/regions/0/eventCount").asInt());
    assertEquals("2025-04-25", body.at("/regions/0/lastEventDate").asText());
    assertEquals(2, body.at("/regions/1/eventCount").asInt());
  }

  @Test
  void csv_export_has_a_header_and_one_row_per_event_with_quoting() {
    HttpResponse<String> r = http.get("/exports/events.csv?type=battles");
    List<String> lines = r.body().lines().toList();

    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    assertTrue(lines.get(0).startsWith("id,date,datePrecision,type,subType,actors,country,admin1"));
    assertEquals(26, lines.size());
    assertTrue(lines.get(1).contains(",https://example.org/api,"), lines.get(1));
  }

  @Test
  void geojson_export_holds_every_matching_event() throws Exception {
    JsonNode body = json(http.get("/exports/events.geojson?country=RU"));

    assertEquals("FeatureCollection", body.get("type").asText());
    assertEquals(2, body.get("features").size());
  }

  @Test
  void geopackage_export_opens_with_every_matching_event() throws Exception {
    var r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://127.0.0.1:" + app.port() + "/exports/events.gpkg?region=UA-14"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    Path file = dir.resolve("export.gpkg");
    Files.write(file, r.body());

    assertEquals(200, r.statusCode());
    GeoPackage gp = GeoPackageManager.open(file.toFile());
    try {
      assertEquals(25, gp.getFeatureDao("events").count());
    } finally {
      gp.close();
    }
    assertProblem(http.get("/exports/events.shp"), 404);
  }

  private static long matched(String path) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertEquals(200, r.statusCode(), r.body());
    return json(r).get("numberMatched").asLong();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    return Json.MAPPER.readTree(r.body());
  }

  static List<String> rels(JsonNode links) {
    return StreamSupport.stream(links.spliterator(), false)
        .map(l -> l.get("rel").asText())
        .toList();
  }

  static String link(JsonNode body, String rel) {
    return StreamSupport.stream(body.get("links").spliterator(), false)
        .filter(l -> l.get("rel").asText().equals(rel))
        .findFirst()
        .orElseThrow()
        .get("href")
        .asText();
  }
}
