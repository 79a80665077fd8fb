package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.conflictmap.Json;
import org.conflictmap.TestDatabases;
import org.conflictmap.TestHttp;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.geoparse.Geoparser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service is killed with SIGKILL in the middle of a bulk import through {@code POST /reports};
 * after a restart every acknowledged report is there with all its events, no report is half
 * written, and importing everything again adds no duplicate. On both stores.
 */
class CrashSafetyIT {
  static final String[] TOWNS = {
    "Kupiansk",
    "Pokrovsk",
    "Kramatorsk",
    "Kherson",
    "Sumy",
    "Nikopol",
    "Orikhiv",
    "Vovchansk",
    "Sloviansk",
    "Huliaipole"
  };
  static final String[] VERBS = {"Shelling hit", "Drones struck", "Fighting was reported near"};

  static Geoparser geoparser;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    geoparser = Geoparser.over(Gazetteer.loadDefault());
  }

  @Test
  void embedded_store_loses_no_acknowledged_report_after_sigkill() throws Exception {
    List<String> args = List.of("--data", dir.resolve("data").toString());
    crashAndCheck(args);
  }

  @Test
  void postgis_store_loses_no_acknowledged_report_after_sigkill() throws Exception {
    crashAndCheck(List.of("--db", freshDatabase("crash_test")));
  }

  @Test
  void embedded_import_command_loses_no_acknowledged_batch_after_sigkill() throws Exception {
    importCrashAndCheck(List.of("--data", dir.resolve("import-data").toString()));
  }

  @Test
  void postgis_import_command_loses_no_acknowledged_batch_after_sigkill() throws Exception {
    importCrashAndCheck(List.of("--db", freshDatabase("crash_import_test")));
  }

  /**
   * {@code import FILE --verbose --batch 10} is killed once 40 reports are acknowledged (printed
   * after their batch commits); a second run stores exactly the rest, and every acknowledged report
   * is there with all its events.
   */
  private void importCrashAndCheck(List<String> storeArgs) throws Exception {
    int total = 3000;
    Path file = dir.resolve("reports.jsonl");
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < total; i++) {
      jsonl.append(body(i)).append('\n');
    }
    java.nio.file.Files.writeString(file, jsonl);
    List<String> cmd =
        new ArrayList<>(
            List.of(
                ServeCommandIT.javaBin(),
                "-jar",
                ServeCommandIT.jar(),
                "import",
                file.toString(),
                "--verbose",
                "--batch",
                "10"));
    cmd.addAll(storeArgs);
    Process importer =
        new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Map<Integer, long[]> acknowledged = new java.util.HashMap<>(); // line -> {report id, events}
    java.util.regex.Pattern stored =
        java.util.regex.Pattern.compile("stored line (\\d+) as report (\\d+) with (\\d+) events");
    try (var out =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(
                importer.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while (acknowledged.size() < 40 && (line = out.readLine()) != null) {
        var m = stored.matcher(line);
        if (m.find()) {
          acknowledged.put(
              Integer.parseInt(m.group(1)),
              new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
        }
      }
      importer.destroyForcibly();
      importer.waitFor(30, TimeUnit.SECONDS);
    }
    assertTrue(acknowledged.size() >= 40, "only " + acknowledged.size() + " acknowledged");
    assertTrue(acknowledged.size() < total, "the import finished before the kill");

    List<String> again = new ArrayList<>(List.of("import", file.toString()));
    again.addAll(storeArgs);
    ServeCommandIT.Result resumed = ServeCommandIT.run(again, 600);
    assertEquals(0, resumed.exit(), resumed.err());
    var summary =
        java.util.regex.Pattern.compile(
                "imported ([\\d,]+) reports .*; ([\\d,]+) were stored already")
            .matcher(resumed.out());
    assertTrue(summary.find(), resumed.out());
    long created = Long.parseLong(summary.group(1).replace(",", ""));
    long already = Long.parseLong(summary.group(2).replace(",", ""));
    assertTrue(already >= acknowledged.size(), resumed.out());
    assertEquals(total, created + already, resumed.out());

    int port = ServeCommandIT.freePort();
    List<String> serve =
        new ArrayList<>(List.of("serve", "--host", "127.0.0.1", "--port", "" + port));
    serve.addAll(storeArgs);
    Process server = ServeCommandIT.start(serve);
    try {
      ServeCommandIT.awaitHealth(port);
      TestHttp http = new TestHttp(port);
      assertEquals(total, numberOfReports(http));
      for (var a : acknowledged.entrySet()) {
        JsonNode report = Json.MAPPER.readTree(http.get("/reports/" + a.getValue()[0]).body());
        assertEquals(text(a.getKey() - 1), report.get("text").asText(), "line " + a.getKey());
        assertEquals(a.getValue()[1], report.get("events").size(), "line " + a.getKey());
      }
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** The URL of an empty database {@code name} on the test server (dropped first if it exists). */
  static String freshDatabase(String name) throws Exception {
    String url = TestDatabases.postgisUrl();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    }
    return url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
  }

  /** The text of report {@code i}: written for this test, one located event each. */
  static String text(int i) {
    return VERBS[i % VERBS.length]
        + " "
        + TOWNS[i % TOWNS.length]
        + " on Tuesday, local officials said. Dispatch "
        + i
        + " of the crash test.";
  }

  private void crashAndCheck(List<String> storeArgs) throws Exception {
    int total = 400;
    int port = ServeCommandIT.freePort();
    List<String> serve =
        new ArrayList<>(List.of("serve", "--host", "127.0.0.1", "--port", "" + port));
    serve.addAll(storeArgs);
    Process server = ServeCommandIT.start(serve);
    ServeCommandIT.awaitHealth(port);
    TestHttp http = new TestHttp(port);
    Map<Integer, JsonNode> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      clients.submit(
          () -> {
            int i;
            while ((i = next.getAndIncrement()) < total) {
              try {
                HttpResponse<String> r =
                    http.send(
                        "POST", "/reports", body(i), Map.of("Content-Type", "application/json"));
                if (r.statusCode() == 201) {
                  acknowledged.put(i, Json.MAPPER.readTree(r.body()));
                }
              } catch (Exception killed) {
                return null; // the server is gone
              }
            }
            return null;
          });
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
    server.waitFor(30, TimeUnit.SECONDS);
    clients.shutdown();
    clients.awaitTermination(60, TimeUnit.SECONDS);
    assertTrue(
        acknowledged.size() >= 40, "only " + acknowledged.size() + " acknowledged before the kill");
    assertTrue(next.get() < total, "the import finished before the kill; nothing was interrupted");

    Process again = ServeCommandIT.start(serve);
    try {
      ServeCommandIT.awaitHealth(port);
      for (var a : acknowledged.entrySet()) {
        long id = a.getValue().get("id").asLong();
        JsonNode stored = Json.MAPPER.readTree(http.get("/reports/" + id).body());
        assertEquals(text(a.getKey()), stored.get("text").asText(), "report " + id);
        assertEquals(
            a.getValue().get("events").size(), stored.get("events").size(), "report " + id);
      }
      long before = numberOfReports(http);
      int created = 0;
      int duplicates = 0;
      for (int i = 0; i < total; i++) {
        HttpResponse<String> r =
            http.send("POST", "/reports", body(i), Map.of("Content-Type", "application/json"));
        JsonNode b = Json.MAPPER.readTree(r.body());
        int expectedEvents =
            geoparser.parse(text(i), LocalDate.of(2025, 5, 6), "en").events().size();
        assertEquals(
            expectedEvents,
            b.get("events").size(),
            "report " + i + " is half written: " + r.body());
        if (r.statusCode() == 201) {
          created++;
        } else {
          assertEquals(200, r.statusCode(), r.body());
          duplicates++;
        }
      }
      assertTrue(duplicates >= acknowledged.size());
      assertEquals(before, duplicates);
      assertEquals(total, numberOfReports(http));
      assertEquals(total - before, created);
    } finally {
      again.destroy();
      again.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static long numberOfReports(TestHttp http) throws Exception {
    return Json.MAPPER.readTree(http.get("/reports?limit=1").body()).get("numberMatched").asLong();
  }

  private static String body(int i) {
    return Json.write(Map.of("text", text(i), "published", "2025-05-06", "lang", "en"));
  }
}
