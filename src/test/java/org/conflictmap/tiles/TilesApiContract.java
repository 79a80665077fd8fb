package org.conflictmap.tiles;

import static org.conflictmap.tiles.TileTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.conflictmap.App;
import org.conflictmap.Json;
import org.conflictmap.store.Event;
import org.conflictmap.store.StoreFixtures;
import org.conflictmap.tiles.TileTestSupport.Feature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tile API, run against a real server on each store: both must answer the same tiles. Events
 * are placed around Pokrovsk (37.18 E, 48.28 N).
 */
abstract class TilesApiContract {
  static final double LON = 37.1812;
  static final double LAT = 48.2843;

  @TempDir Path scratch;

  /** The running app under test. */
  protected abstract App app();

  /** Empties the store and moves its data version past any earlier one. */
  protected abstract void reset();

  @BeforeEach
  void empty() {
    reset();
  }

  long save(Event... events) {
    String text = "report " + System.nanoTime();
    return app()
        .store()
        .save(StoreFixtures.report(null, text), List.of(events))
        .events()
        .get(0)
        .id();
  }

  static Event event(int day, String type, double lon, double lat) {
    return StoreFixtures.event(day, type, "UA", "UA-14", lon, lat);
  }

  HttpResponse<byte[]> get(String path) {
    return TileTestSupport.get(app().port(), path, Map.of());
  }

  HttpResponse<byte[]> get(String path, Map<String, String> headers) {
    return TileTestSupport.get(app().port(), path, headers);
  }

  static String tilePath(double lon, double lat, int z, String query) {
    TileCoord t = TileCoord.containing(lon, lat, z);
    return "/tiles/events/" + t + ".mvt" + (query.isEmpty() ? "" : "?" + query);
  }

  List<Feature> features(String path) {
    HttpResponse<byte[]> r = get(path);
    if (r.statusCode() == 204) {
      return List.of();
    }
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    return decode(r.body());
  }

  @Test
  void a_point_event_lands_in_its_tile_at_its_pixel() {
    long id = save(event(3, "battles", LON, LAT));
    int z = 12;
    double fx = TileTestSupport.tileX(LON, z);
    double fy = TileTestSupport.tileY(LAT, z);
    String path = "/tiles/events/" + z + "/" + (int) fx + "/" + (int) fy + ".mvt";

    HttpResponse<byte[]> r = get(path);

    assertEquals(200, r.statusCode());
    assertEquals(TilesController.MVT, r.headers().firstValue("Content-Type").orElse(""));
    List<Feature> fs = decode(r.body());
    assertEquals(1, fs.size(), fs.toString());
    Feature f = fs.get(0);
    assertEquals(id, f.fid());
    assertEquals(id, f.number("id"));
    assertEquals((fx - Math.floor(fx)) * 4096, f.px(), 1.0);
    assertEquals((fy - Math.floor(fy)) * 4096, f.py(), 1.0);
    assertEquals("2025-04-03", f.get("date"));
    assertEquals("battles", f.get("type"));
    assertEquals(1L, f.number("geoPrecision"));
    assertEquals("UA", f.get("country"));
    assertEquals("UA-14", f.get("admin1"));
    assertEquals(Boolean.FALSE, f.get("regionLevel"));
    assertTrue(f.number("reportId") > 0);
  }

  @Test
  void gdal_reads_the_tile_with_its_position_and_fields() throws Exception {
    long id = save(event(3, "battles", LON, LAT));
    TileCoord t = TileCoord.containing(LON, LAT, 12);
    HttpResponse<byte[]> r = get("/tiles/events/" + t + ".mvt");
    assertEquals(200, r.statusCode());
    // GDAL georeferences a lone tile from a {z}/{x}/{y} path.
    Path file = scratch.resolve(t.z() + "/" + t.x() + "/" + t.y() + ".mvt");
    Files.createDirectories(file.getParent());
    Files.write(file, r.body());

    String out = run("ogrinfo", "-ro", "-al", "MVT:" + file);

    assertTrue(out.contains("Feature Count: 1"), out);
    assertTrue(out.contains("type (String) = battles"), out);
    assertTrue(out.matches("(?s).*id \\(Integer(64)?\\) = " + id + "\\b.*"), out);
    Matcher m = Pattern.compile("POINT \\(([-0-9.e]+) ([-0-9.e]+)\\)").matcher(out);
    assertTrue(m.find(), out);
    double pixel = t.size() / 4096;
    assertEquals(WebMercator.x(LON), Double.parseDouble(m.group(1)), pixel);
    assertEquals(WebMercator.y(LAT), Double.parseDouble(m.group(2)), pixel);
  }

  @Test
  void filters_change_the_tile() {
    save(
        event(3, "battles", LON, LAT),
        event(20, "explosions_remote_violence", LON + 0.01, LAT),
        StoreFixtures.withGeoPrecision(event(25, "protests", LON - 0.01, LAT), 3));

    assertEquals(3, features(tilePath(LON, LAT, 10, "")).size());
    List<Feature> battles = features(tilePath(LON, LAT, 10, "type=battles"));
    assertEquals(1, battles.size());
    assertEquals("battles", battles.get(0).get("type"));
    List<Feature> late = features(tilePath(LON, LAT, 10, "datetime=2025-04-10/.."));
    assertEquals(2, late.size());
    List<Feature> regional = features(tilePath(LON, LAT, 10, "geoPrecision=3"));
    assertEquals(1, regional.size());
    assertEquals(Boolean.TRUE, regional.get(0).get("regionLevel"));
    assertEquals(2, features(tilePath(LON, LAT, 10, "country=UA&type=protests,battles")).size());
    assertEquals(204, get(tilePath(LON, LAT, 10, "region=UA-63")).statusCode());
  }

  @Test
  void low_zooms_carry_clusters_with_count_and_dominant_type() {
    save(
        event(3, "battles", LON, LAT),
        event(4, "battles", LON + 0.001, LAT),
        event(20, "explosions_remote_violence", LON + 0.002, LAT),
        event(21, "riots", 30.52, 50.45));

    List<Feature> clusters = features(tilePath(LON, LAT, 5, ""));

    long total = clusters.stream().mapToLong(f -> f.number("count")).sum();
    assertEquals(3, total, clusters.toString()); // Kyiv is in another zoom-5 tile
    Feature big =
        clusters.stream().max(Comparator.comparingLong(f -> f.number("count"))).orElseThrow();
    assertEquals(3, big.number("count"));
    assertEquals("battles", big.get("type"));
    assertEquals(Boolean.TRUE, big.get("cluster"));
    assertNull(big.fid());

    List<Feature> april20on = features(tilePath(LON, LAT, 5, "datetime=2025-04-20/2025-12-31"));
    assertEquals(1, april20on.size());
    assertEquals("explosions_remote_violence", april20on.get(0).get("type"));
    assertEquals(1, april20on.get(0).number("count"));
    // the whole world at zoom 0: every event, across months and days
    List<Feature> world = features("/tiles/events/0/0/0.mvt?datetime=2025-04-04/2025-04-21");
    assertEquals(3, world.stream().mapToLong(f -> f.number("count")).sum());
  }

  @Test
  void a_tile_over_the_point_limit_clusters() {
    List<Event> many = new ArrayList<>();
    for (int i = 0; i <= EventTiles.MAX_POINTS; i++) {
      many.add(event(1 + i % 28, i % 3 == 0 ? "battles" : "riots", LON + (i % 50) * 1e-4, LAT));
    }
    save(many.toArray(Event[]::new));

    List<Feature> fs = features(tilePath(LON, LAT, 9, ""));

    assertTrue(fs.size() < 10, "clustered: " + fs.size());
    assertEquals(EventTiles.MAX_POINTS + 1, fs.stream().mapToLong(f -> f.number("count")).sum());
    assertEquals("riots", fs.get(0).get("type"));
    // Narrowed by filters, the same tile is points again.
    long expected =
        many.stream()
            .filter(e -> e.date().getDayOfMonth() == 1 && e.type().equals("battles"))
            .count();
    List<Feature> narrow = features(tilePath(LON, LAT, 9, "datetime=2025-04-01&type=battles"));
    assertEquals(expected, narrow.size());
    assertTrue(narrow.stream().allMatch(f -> f.fid() != null && "battles".equals(f.get("type"))));
  }

  @Test
  void etag_answers_304_until_a_write_changes_the_data() {
    save(event(3, "battles", LON, LAT));
    String path = tilePath(LON, LAT, 11, "");
    HttpResponse<byte[]> first = get(path);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(
        first.headers().firstValue("Cache-Control").orElse("").contains("max-age"),
        first.headers().toString());

    HttpResponse<byte[]> again = get(path, Map.of("If-None-Match", etag));
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);

    save(event(4, "riots", LON + 0.002, LAT));
    HttpResponse<byte[]> after = get(path, Map.of("If-None-Match", etag));
    assertEquals(200, after.statusCode());
    assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
    assertEquals(2, decode(after.body()).size(), "the cached tile is not served after a write");
  }

  @Test
  void a_write_keeps_the_etags_of_tiles_it_cannot_change_and_updates_region_counts() {
    save(event(3, "battles", LON, LAT));
    String near = tilePath(LON, LAT, 8, "");
    String far = tilePath(-3.70, 40.42, 8, ""); // Madrid
    String regions = "/tiles/regions/" + TileCoord.containing(LON, LAT, 6) + ".mvt";
    String farRegions = "/tiles/regions/" + TileCoord.containing(-3.70, 40.42, 6) + ".mvt";
    String nearTag = get(near).headers().firstValue("ETag").orElseThrow();
    String farTag = get(far).headers().firstValue("ETag").orElseThrow();
    String farRegionsTag = get(farRegions).headers().firstValue("ETag").orElseThrow();
    assertEquals(1L, regionCounts(regions).get("UA-14"));

    save(event(4, "riots", LON + 0.01, LAT + 0.01));

    assertEquals(304, get(far, Map.of("If-None-Match", farTag)).statusCode());
    assertEquals(304, get(farRegions, Map.of("If-None-Match", farRegionsTag)).statusCode());
    HttpResponse<byte[]> changed = get(near, Map.of("If-None-Match", nearTag));
    assertEquals(200, changed.statusCode());
    assertEquals(2, decode(changed.body()).size());
    assertEquals(2L, regionCounts(regions).get("UA-14"), "the choropleth counts the new event");
  }

  @Test
  void gzip_is_sent_when_accepted_and_decodes_to_the_same_tile() throws IOException {
    save(event(3, "battles", LON, LAT), event(4, "riots", LON + 0.01, LAT));
    String path = tilePath(LON, LAT, 10, "");

    HttpResponse<byte[]> plain = get(path);
    HttpResponse<byte[]> gz = get(path, Map.of("Accept-Encoding", "gzip"));

    assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
    assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
    byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes();
    assertArrayEquals(plain.body(), unzipped);
  }

  @Test
  void an_empty_tile_is_204() {
    save(event(3, "battles", LON, LAT));

    HttpResponse<byte[]> r = get("/tiles/events/10/0/0.mvt");

    assertEquals(204, r.statusCode());
    assertEquals(0, r.body().length);
    assertTrue(r.headers().firstValue("ETag").isPresent());
  }

  @Test
  void tilejson_describes_the_layer_and_carries_the_filters() throws Exception {
    save(event(3, "battles", LON, LAT), event(20, "riots", LON + 0.01, LAT));

    HttpResponse<byte[]> r = get("/tiles/events?datetime=2025-04-01/2025-04-10&type=battles");

    assertEquals(200, r.statusCode());
    JsonNode tj = Json.MAPPER.readTree(r.body());
    assertEquals("3.0.0", tj.get("tilejson").asText());
    assertEquals("Natural Earth; GeoNames (CC BY 4.0)", tj.get("attribution").asText());
    assertEquals(0, tj.get("minzoom").asInt());
    assertTrue(tj.get("maxzoom").asInt() >= 14);
    assertEquals(4, tj.get("bounds").size());
    JsonNode layer = tj.get("vector_layers").get(0);
    assertEquals("events", layer.get("id").asText());
    assertEquals("Number", layer.get("fields").get("count").asText());
    assertEquals("String", layer.get("fields").get("type").asText());
    assertEquals("Boolean", layer.get("fields").get("regionLevel").asText());
    String template = tj.get("tiles").get(0).asText();
    assertTrue(template.contains("/tiles/events/{z}/{x}/{y}.mvt?"), template);
    // Following the template gives the filtered tile.
    TileCoord t = TileCoord.containing(LON, LAT, 10);
    String url =
        template.replace("{z}", "" + t.z()).replace("{x}", "" + t.x()).replace("{y}", "" + t.y());
    List<Feature> fs = features(url.substring(url.indexOf("/tiles/")));
    assertEquals(1, fs.size());
    assertEquals("battles", fs.get(0).get("type"));
  }

  @Test
  void regions_carry_event_counts_for_the_filters() throws Exception {
    save(
        event(3, "battles", LON, LAT),
        event(4, "battles", LON + 0.01, LAT),
        event(20, "riots", LON, LAT + 0.01),
        StoreFixtures.event(5, "battles", "UA", "UA-63", 36.23, 49.99)); // Kharkiv
    TileCoord t = TileCoord.containing(LON, LAT, 5);

    Map<String, Long> all = regionCounts("/tiles/regions/" + t + ".mvt");
    Map<String, Long> riots = regionCounts("/tiles/regions/" + t + ".mvt?type=riots");

    assertEquals(3L, all.get("UA-14"), all.toString());
    assertEquals(1L, all.get("UA-63"));
    assertEquals(0L, all.get("UA-23")); // Zaporizhzhia: a region without events is drawn, at 0
    assertEquals(1L, riots.get("UA-14"));
    assertEquals(0L, riots.get("UA-63"));
  }

  private Map<String, Long> regionCounts(String path) {
    HttpResponse<byte[]> r = get(path);
    assertEquals(200, r.statusCode());
    Map<String, Long> out = new java.util.HashMap<>();
    for (Feature f : decode(r.body(), "regions")) {
      assertTrue(f.geometryType().endsWith("Polygon"), f.geometryType());
      out.merge((String) f.get("code"), f.number("eventCount"), Math::max);
    }
    return out;
  }

  @Test
  void boundaries_carry_outlines_and_labels_and_gdal_reads_them() throws Exception {
    TileCoord t = TileCoord.containing(LON, LAT, 5);
    HttpResponse<byte[]> r = get("/tiles/boundaries/" + t + ".mvt");
    assertEquals(200, r.statusCode());
    List<Feature> fs = decode(r.body(), "boundaries");

    assertTrue(
        fs.stream()
            .anyMatch(f -> Boolean.TRUE.equals(f.get("label")) && "UA-14".equals(f.get("code"))),
        "a label point for Donetsk Oblast");
    assertTrue(
        fs.stream()
            .anyMatch(f -> "country".equals(f.get("kind")) && f.geometryType().contains("Line")));
    assertTrue(
        fs.stream()
            .anyMatch(f -> "admin1".equals(f.get("kind")) && f.geometryType().contains("Line")));

    Path file = scratch.resolve(t.z() + "/" + t.x() + "/" + t.y() + ".mvt");
    Files.createDirectories(file.getParent());
    Files.write(file, r.body());
    String out = run("ogrinfo", "-ro", "-al", "-so", "MVT:" + file);
    assertTrue(out.contains("Layer name: boundaries"), out);
    assertTrue(out.contains("kind: String"), out);
  }

  @Test
  void tiles_lists_the_layers() throws Exception {
    JsonNode body = Json.MAPPER.readTree(get("/tiles").body());
    List<String> ids = new ArrayList<>();
    body.get("layers").forEach(l -> ids.add(l.get("id").asText()));
    assertEquals(List.of("events", "regions", "boundaries"), ids);
    assertTrue(body.get("layers").get(0).get("tilejson").asText().endsWith("/tiles/events"));
  }

  @Test
  void bad_tiles_and_filters_are_problems() throws Exception {
    assertProblem("/tiles/events/21/0/0.mvt", 400, "zoom");
    assertProblem("/tiles/events/3/8/0.mvt", 400, "x must be 0..7");
    assertProblem("/tiles/events/3/0/abc.mvt", 400, "y");
    assertProblem("/tiles/events/3/0/0.mvt?datetime=yesterday", 400, "datetime");
    assertProblem("/tiles/events/3/0/0.mvt?geoPrecision=4", 400, "geoPrecision");
    assertProblem("/tiles/events/3/0/0.mvt?q=shelling", 400, "'q'");
    assertProblem("/tiles/nope/0/0/0.mvt", 404, "nope");
    assertProblem("/tiles/nope", 404, "nope");
  }

  private void assertProblem(String path, int status, String detailPart) throws Exception {
    HttpResponse<byte[]> r = get(path);
    assertEquals(status, r.statusCode(), path);
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    JsonNode p = Json.MAPPER.readTree(r.body());
    assertTrue(p.get("detail").asText().contains(detailPart), path + ": " + p);
    assertFalse(p.get("detail").asText().contains("Exception"));
  }

  static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ogrinfo timed out");
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
