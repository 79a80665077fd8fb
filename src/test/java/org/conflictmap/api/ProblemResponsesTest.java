package org.conflictmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.conflictmap.App;
import org.conflictmap.AppConfig;
import org.conflictmap.Json;
import org.conflictmap.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemResponsesTest {
  @TempDir static Path dir;
  static App app;
  static TestHttp http;

  @BeforeAll
  static void start() {
    app = App.open(AppConfig.embeddedForTest(dir)).start();
    http = new TestHttp(app.port());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void health_answers_ok_with_the_embedded_store() throws Exception {
    HttpResponse<String> r = http.get("/health");

    assertEquals(200, r.statusCode());
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertEquals("embedded", body.get("store").asText());
    assertTrue(body.get("ready").asBoolean());
  }

  @Test
  void unknown_route_is_a_404_problem() throws Exception {
    HttpResponse<String> r = http.get("/no/such/thing");

    JsonNode p = assertProblem(r, 404);
    assertTrue(p.get("detail").asText().contains("/no/such/thing"), p.toString());
  }

  @Test
  void wrong_method_is_a_405_problem() throws Exception {
    HttpResponse<String> r = http.send("DELETE", "/health", null, Map.of());

    JsonNode p = assertProblem(r, 405);
    assertTrue(p.get("detail").asText().contains("DELETE"), p.toString());
  }

  @Test
  void metrics_are_prometheus_text_with_requests_by_route_and_pool_usage() {
    http.get("/health");
    http.get("/no/such/thing");

    HttpResponse<String> r = http.get("/metrics");

    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertTrue(
        r.body()
            .contains(
                "http_server_requests_seconds_count{method=\"GET\",route=\"/health\",status=\"200\"}"),
        r.body());
    assertTrue(r.body().contains("status=\"404\""), r.body());
    assertTrue(r.body().contains("hikaricp_connections_active"), r.body());
    assertTrue(r.body().contains("conflictmap_reports_ingested_total"), r.body());
    assertTrue(r.body().contains("cache_gets_total{cache=\"tiles\""), r.body());
  }

  /** Asserts an RFC 9457 problem with {@code status} and answers its body. */
  static JsonNode assertProblem(HttpResponse<String> r, int status) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith(Problem.CONTENT_TYPE),
        r.headers().toString());
    JsonNode p = Json.MAPPER.readTree(r.body());
    assertEquals(status, p.get("status").asInt());
    assertFalse(p.get("title").asText().isBlank());
    assertFalse(p.get("detail").asText().isBlank());
    assertTrue(p.has("type"));
    assertFalse(r.body().contains("Exception"), r.body());
    return p;
  }
}
