package org.conflictmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.App;
import org.conflictmap.AppConfig;
import org.conflictmap.Json;
import org.conflictmap.store.EventQuery;
import org.conflictmap.store.StoreFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of generated malformed requests across every route: none may answer 5xx, every error is
 * {@code application/problem+json} with a detail and without stack traces or SQL, rejected writes
 * change no row, and the server stays healthy.
 */
class BadInputTest {
  @TempDir static Path dir;
  static App app;
  static HttpClient client;
  static String base;

  static final List<String> NUMBERS =
      List.of(
          "NaN",
          "Infinity",
          "-Infinity",
          "1e309",
          "-1e309",
          "0x10",
          "1,5",
          "",
          "%20",
          "--1",
          "1e-400",
          "99999999999999999999999",
          "-0",
          "null",
          "true",
          "%00",
          "%E2%80%AE",
          "%F0%9F%92%A3");

  static final List<String> BBOXES =
      List.of(
          "NaN,0,1,1",
          "0,NaN,1,1",
          "Infinity,0,1,1",
          "-Infinity,-90,180,90",
          "0,0,1",
          "0,0,1,1,1",
          "1,1,0,0",
          "0,10,1,5",
          "-180,-90,180,90",
          "-181,0,0,1",
          "0,-91,1,1",
          "0,0,1,91",
          "1e309,0,1,1",
          "a,b,c,d",
          ",,,",
          "0;0;1;1",
          "0,0,1,1,0,1,2",
          "%27%20OR%201%3D1--",
          "-180,-90,180,90,0,0",
          "170,-10,-170,10",
          "0,0,0,0");

  static final List<String> DATETIMES =
      List.of(
          "garbage",
          "2025-13-01",
          "2025-02-30",
          "2025-04-30/2025-04-01",
          "../..",
          "..",
          "/",
          "2025-04-01/2025-04-02/2025-04-03",
          "2025-04-08T25:00:00Z",
          "2025-04-08T10:00:00",
          "20250408",
          "-999999999-01-01",
          "+999999999-12-31",
          "2025-04-08T10:00:00Z/..",
          "%27%3B%20DROP%20TABLE%20events%3B--",
          "9999-12-31/0001-01-01",
          "2025-04-08T10:00:00+25:00");

  static final List<String> LIMITS =
      List.of("-1", "0", "10001", "2147483648", "-2147483649", "1.5", "abc", "1e3", "%00", "");

  static final List<String> CODES =
      List.of(
          "%27%3B--",
          "UA-14%27",
          "ua-14,,",
          "XX-%00",
          "%E2%80%AE",
          "A",
          "UA-1234567",
          "DROP%20TABLE",
          "%3Cscript%3E",
          "..%2F..%2Fetc%2Fpasswd",
          "%C0%AF",
          "a".repeat(300));

  static final List<String> TEXTS =
      List.of(
          "%00",
          "%01%02",
          "%27%20OR%201%3D1--",
          "%E2%80%AE%E2%80%AE",
          "a".repeat(600),
          "%F0%9F%92%A3",
          "%5C",
          "%25",
          "_");

  static final List<String> READ_ROUTES =
      List.of(
          "/collections/events/items",
          "/collections/regions/items",
          "/collections/countries/items",
          "/stats/timeseries",
          "/stats/regions",
          "/exports/events.csv",
          "/exports/events.geojson",
          "/reports",
          "/geocode",
          "/reverse");

  @BeforeAll
  static void start() {
    app = App.open(AppConfig.embeddedForTest(dir)).start();
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    base = "http://127.0.0.1:" + app.port();
    app.store()
        .save(
            StoreFixtures.report(null, "bad input fixture"),
            List.of(StoreFixtures.event(3, "battles", "UA", "UA-14", 37.8, 48.1)));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void thousands_of_malformed_requests_get_problems_and_never_a_5xx() throws Exception {
    long reportsBefore = app.store().countReports();
    long eventsBefore = app.store().count(EventQuery.all());
    List<String> urls = new ArrayList<>();
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("bbox", BBOXES);
    params.put("datetime", DATETIMES);
    params.put("limit", LIMITS);
    params.put("offset", LIMITS);
    params.put("region", CODES);
    params.put("country", CODES);
    params.put("type", CODES);
    params.put("geoPrecision", NUMBERS);
    params.put("q", TEXTS);
    params.put("interval", CODES);
    params.put("groupBy", CODES);
    params.put("lat", NUMBERS);
    params.put("lon", NUMBERS);
    params.put("kind", CODES);
    params.put("simplify", NUMBERS);
    for (String route : READ_ROUTES) {
      params.forEach((name, values) -> values.forEach(v -> urls.add(route + "?" + name + "=" + v)));
    }
    for (String id :
        List.of("0", "-1", "abc", "1e9", "99999999999999999999", "%00", "%27", "..%2F")) {
      urls.add("/collections/events/items/" + id);
      urls.add("/reports/" + id);
      urls.add("/collections/" + id);
      urls.add("/exports/" + id);
    }
    int checked = 0;
    for (String url : urls) {
      for (String method : List.of("GET", "HEAD")) {
        check(send(method, url, null, null));
        checked++;
      }
    }
    // Writes: malformed bodies, wrong types, nesting, bad encodings; none may store anything.
    List<byte[]> bodies = new ArrayList<>();
    for (String s :
        List.of(
            "",
            "{",
            "}",
            "[]",
            "null",
            "42",
            "\"text\"",
            "{\"text\":null}",
            "{\"text\":[]}",
            "{\"text\":{}}",
            "{\"text\":\"\"}",
            "{\"text\":\"   \"}",
            "{\"text\":\"a\u0000b\"}",
            "{\"text\":\"ok\",\"published\":\"yesterday\"}",
            "{\"text\":\"ok\",\"published\":42}",
            "{\"text\":\"ok\",\"url\":\"ftp://x\"}",
            "{\"text\":\"ok\",\"url\":\"http://\"}",
            "{\"text\":\"ok\",\"lang\":\"xx-YY-ZZ\"}",
            "{\"text\":\"ok\",\"title\":42}",
            "{\"text\":\"ok\",\"extra\":1}",
            "{\"text\":\"ok\" \"published\":\"2025-01-01\"}",
            "{\"text\":\"\\ud800\"}",
            "{'text':'single quotes'}",
            "{\"text\":\"ok\",}")) {
      bodies.add(s.getBytes(StandardCharsets.UTF_8));
    }
    bodies.add("[".repeat(5000).getBytes(StandardCharsets.UTF_8));
    bodies.add(("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)).getBytes(StandardCharsets.UTF_8));
    bodies.add(
        new byte[] {
          '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'
        });
    bodies.add(new byte[] {(byte) 0xc3, (byte) 0x28, '{', '}'});
    bodies.add(("{\"text\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8));
    bodies.add(("{\"text\":\"" + "y".repeat(2_200_000) + "\"}").getBytes(StandardCharsets.UTF_8));
    List<String> types =
        List.of(
            "application/json",
            "application/json; charset=utf-8",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/xml",
            "");
    for (byte[] body : bodies) {
      for (String type : types) {
        for (int rep = 0; rep < 4; rep++) {
          if (body.length > 1_000_000) {
            rawPost(body, type); // the server may answer before it has read such a body
          } else {
            check(send("POST", "/reports", body, type));
          }
          checked++;
        }
      }
    }
    for (String url :
        List.of("/collections/events/items", "/health", "/reports/1", "/collections")) {
      for (String method : List.of("PUT", "DELETE", "PATCH")) {
        check(send(method, url, "{}".getBytes(StandardCharsets.UTF_8), "application/json"));
        checked++;
      }
    }
    int raw = rawGarbage();

    assertTrue(checked + raw >= 5000, "only " + (checked + raw) + " requests");
    assertEquals(200, send("GET", "/health", null, null).statusCode());
    assertEquals(reportsBefore, app.store().countReports());
    assertEquals(eventsBefore, app.store().count(EventQuery.all()));
  }

  /**
   * Posts {@code body} on a raw socket, as curl does: a server may answer 413 or 415 and close
   * before reading it all, which Java's HTTP client reports as a failure without the answer.
   */
  private static void rawPost(byte[] body, String type) throws IOException {
    try (Socket s = new Socket("127.0.0.1", app.port())) {
      s.setSoTimeout(10_000);
      String head =
          "POST /reports HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
              + (type.isEmpty() ? "" : "Content-Type: " + type + "\r\n")
              + "Content-Length: "
              + body.length
              + "\r\n\r\n";
      try {
        s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().write(body);
        s.getOutputStream().flush();
      } catch (IOException closedEarly) {
        // the server answered and closed; read what it said
      }
      String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.substring(9, 12));
      assertTrue(status == 413 || status == 415 || status == 400, type + " -> " + response);
      assertTrue(
          response.toLowerCase().contains("content-type: application/problem+json"), response);
    }
  }

  /** Requests no HTTP client library would send: bad request lines, headers, encodings. */
  private static int rawGarbage() throws IOException {
    List<String> requests =
        List.of(
            "GET /collections/events/items?bbox=%zz HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /%ff%fe HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /collections/events/items?q=%C0%80 HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /collections/events/items?"
                + "q="
                + "a".repeat(20_000)
                + " HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n",
            "POST /reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -5\r\n\r\n",
            "POST /reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{\"te",
            "GET /health HTTP/1.1\r\nHost: x\r\nX-Forwarded-Host: evil.example/<script>\r\n\r\n");
    int n = 0;
    for (String r : requests) {
      for (int rep = 0; rep < 3; rep++) {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
          s.setSoTimeout(10_000);
          s.getOutputStream().write(r.getBytes(StandardCharsets.ISO_8859_1));
          s.getOutputStream().flush();
          s.shutdownOutput();
          String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          if (!response.isEmpty()) {
            int status = Integer.parseInt(response.substring(9, 12));
            assertTrue(status < 500, r.substring(0, Math.min(80, r.length())) + " -> " + response);
            if (status >= 400) {
              assertTrue(
                  response.toLowerCase().contains("content-type: application/problem+json"),
                  r.substring(0, Math.min(80, r.length()))
                      + " -> "
                      + response.substring(0, Math.min(500, response.length())));
            }
          }
          n++;
        }
      }
    }
    return n;
  }

  private static HttpResponse<String> send(String method, String path, byte[] body, String type) {
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    } catch (IllegalArgumentException e) {
      throw new AssertionError("test generated an unsendable URL: " + path, e);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null && !type.isEmpty()) {
      b.header("Content-Type", type);
    }
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(
          method
              + " "
              + path
              + " ("
              + (body == null ? 0 : body.length)
              + " bytes, "
              + type
              + ") failed: "
              + e,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void check(HttpResponse<String> r) throws IOException {
    String what = r.request().method() + " " + r.request().uri();
    assertTrue(r.statusCode() < 500, what + " -> " + r.statusCode() + " " + r.body());
    if (r.statusCode() >= 400) {
      assertTrue(
          r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
          what + " -> " + r.statusCode() + " " + r.headers().map());
      if (!r.request().method().equals("HEAD")) {
        JsonNode p = Json.MAPPER.readTree(r.body());
        assertEquals(r.statusCode(), p.get("status").asInt(), what);
        assertTrue(p.hasNonNull("detail") && !p.get("detail").asText().isBlank(), what);
        String lower = r.body().toLowerCase();
        for (String leak :
            List.of(
                "exception", "\tat ", "select ", "sqlstate", "org.h2", "org.postgresql", "stack")) {
          assertTrue(!lower.contains(leak), what + " leaks '" + leak + "': " + r.body());
        }
      }
    }
  }
}
