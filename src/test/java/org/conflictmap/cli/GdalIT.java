package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conflictmap.Json;
import org.conflictmap.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDAL reads the service as it is: {@code ogrinfo} lists the collections through its OGC API -
 * Features driver and {@code ogr2ogr} pages through every event, and reads the exports.
 */
class GdalIT {
  @TempDir static Path dir;
  static Process server;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    Path data = dir.resolve("data");
    ServeCommandIT.Result imported =
        ServeCommandIT.run(
            List.of("import", "--synthetic", "2500", "--data", data.toString()), 120);
    assertEquals(0, imported.exit(), imported.err());
    port = ServeCommandIT.freePort();
    server =
        ServeCommandIT.start(
            List.of(
                "serve", "--host", "127.0.0.1", "--port", "" + port, "--data", data.toString()));
    ServeCommandIT.awaitHealth(port);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    server.destroy();
    server.waitFor(30, TimeUnit.SECONDS);
  }

  @Test
  void ogrinfo_lists_the_events_collection() throws Exception {
    ServeCommandIT.Result r =
        gdal(List.of("ogrinfo", "-ro", "OAPIF:http://127.0.0.1:" + port + "/"));

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("events"), r.out());
  }

  @Test
  void ogr2ogr_reads_every_event_and_the_count_equals_number_matched() throws Exception {
    Path out = dir.resolve("events.csv");
    ServeCommandIT.Result r =
        gdal(
            List.of(
                "ogr2ogr",
                "-f",
                "CSV",
                out.toString(),
                "OAPIF:http://127.0.0.1:" + port + "/collections/events",
                "events",
                "--config",
                "OAPIF_PAGE_SIZE",
                "1000"));
    JsonNode page =
        Json.MAPPER.readTree(new TestHttp(port).get("/collections/events/items?limit=1").body());

    assertEquals(0, r.exit(), r.err());
    long rows = Files.readAllLines(out).size() - 1;
    assertEquals(page.get("numberMatched").asLong(), rows);
    assertEquals(2500, rows);
  }

  @Test
  void ogrinfo_opens_the_geopackage_and_geojson_exports() throws Exception {
    Path gpkgFile = download("/exports/events.gpkg?country=RU", "ru.gpkg");
    Path geojsonFile = download("/exports/events.geojson?type=protests", "protests.geojson");
    JsonNode ru =
        Json.MAPPER.readTree(
            new TestHttp(port).get("/collections/events/items?country=RU&limit=1").body());

    ServeCommandIT.Result gpkg =
        gdal(List.of("ogrinfo", "-ro", "-so", gpkgFile.toString(), "events"));
    ServeCommandIT.Result geojson = gdal(List.of("ogrinfo", "-ro", "-so", geojsonFile.toString()));

    assertEquals(0, gpkg.exit(), gpkg.err());
    assertTrue(
        gpkg.out().contains("Feature Count: " + ru.get("numberMatched").asLong()), gpkg.out());
    assertEquals(0, geojson.exit(), geojson.err());
    assertTrue(geojson.out().contains("(Point)"), geojson.out());
  }

  private static Path download(String path, String name) throws Exception {
    var r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + path))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofFile(dir.resolve(name)));
    assertEquals(200, r.statusCode());
    return r.body();
  }

  private static ServeCommandIT.Result gdal(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).start();
    p.getOutputStream().close();
    var out = p.getInputStream().readAllBytes();
    var err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "GDAL did not finish: " + cmd);
    return new ServeCommandIT.Result(p.exitValue(), new String(out), new String(err));
  }
}
