package org.conflictmap.api;

import static org.conflictmap.api.ProblemResponsesTest.assertProblem;
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
import org.conflictmap.store.EventQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /reports} and reading reports back, on the embedded store, with a write token. */
class ReportsApiTest {
  static final String TOKEN = "s3cret-token";
  static final Map<String, String> JSON_AUTH =
      Map.of("Content-Type", "application/json", "Authorization", "Bearer " + TOKEN);

  /** A report written for this test: one clash at a located town, one capital as context. */
  static final String TEXT =
      "Ukrainian troops fought off an assault near Kupiansk in the Kharkiv region on Tuesday,"
          + " the army said. Officials in Moscow did not comment.";

  @TempDir static Path dir;
  static App app;
  static TestHttp http;

  @BeforeAll
  static void start() {
    app = App.open(AppConfig.embeddedForTest(dir).withWriteToken(TOKEN)).start();
    http = new TestHttp(app.port());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> post(String body) {
    return http.send("POST", "/reports", body, JSON_AUTH);
  }

  private static String body(String text, String url) {
    return Json.write(
        Map.of(
            "text",
            text,
            "published",
            "2025-04-10",
            "url",
            url,
            "title",
            "Assault repelled",
            "lang",
            "en"));
  }

  @Test
  void posted_report_is_stored_with_its_events_and_can_be_read_back() throws Exception {
    HttpResponse<String> r = post(body(TEXT, "https://example.org/kupiansk"));
    JsonNode created = Json.MAPPER.readTree(r.body());

    assertEquals(201, r.statusCode(), r.body());
    String location = r.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/reports/" + created.get("id").asLong()), location);
    assertTrue(created.get("mentions").size() >= 2, r.body());
    assertTrue(created.get("events").size() >= 1, r.body());
    JsonNode event = created.get("events").get(0);
    assertEquals("UA", event.at("/place/country").asText());
    assertTrue(event.at("/evidence/sentence").asText().contains("Kupiansk"));

    JsonNode read =
        Json.MAPPER.readTree(http.get(location.substring(location.indexOf("/reports"))).body());
    assertEquals(created.get("mentions"), read.get("mentions"));
    assertEquals(created.get("events").size(), read.get("events").size());
    assertEquals(TEXT, read.get("text").asText());
  }

  @Test
  void the_same_report_twice_answers_200_and_stores_nothing_new() throws Exception {
    String text = "Shelling damaged a bridge in Kherson on Monday, officials said.";
    HttpResponse<String> first = post(body(text, "https://example.org/bridge"));
    long reports = app.store().countReports();
    long events = app.store().count(EventQuery.all());

    HttpResponse<String> sameUrl =
        post(body("Different words entirely.", "https://example.org/bridge"));
    HttpResponse<String> sameText =
        post(
            body(
                "  shelling damaged a bridge in KHERSON on Monday, officials said. ",
                "https://example.org/other"));

    assertEquals(201, first.statusCode(), first.body());
    assertEquals(200, sameUrl.statusCode(), sameUrl.body());
    assertEquals(200, sameText.statusCode(), sameText.body());
    long id = Json.MAPPER.readTree(first.body()).get("id").asLong();
    assertEquals(id, Json.MAPPER.readTree(sameUrl.body()).get("id").asLong());
    assertEquals(id, Json.MAPPER.readTree(sameText.body()).get("id").asLong());
    assertEquals(reports, app.store().countReports());
    assertEquals(events, app.store().count(EventQuery.all()));
  }

  @Test
  void reports_are_listed_with_number_matched() throws Exception {
    post(body("Protesters gathered in Lviv on Sunday.", "https://example.org/lviv"));

    JsonNode list = Json.MAPPER.readTree(http.get("/reports?limit=1").body());

    assertEquals(1, list.get("reports").size());
    assertEquals(app.store().countReports(), list.get("numberMatched").asLong());
    assertProblem(http.get("/reports/987654"), 404);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"published\":\"2025-04-10\"}                  | 400 | 'text'",
        "{\"text\":\"\"}                                 | 400 | 'text'",
        "{\"text\":42}                                   | 400 | 'text'",
        "{\"text\":\"x\",\"published\":\"10/04/2025\"}   | 400 | 'published'",
        "{\"text\":\"x\",\"url\":\"javascript:alert(1)\"}| 400 | 'url'",
        "{\"text\":\"x\",\"lang\":\"english!\"}          | 400 | 'lang'",
        "{\"text\":\"x\",\"admin\":true}                 | 400 | 'admin'",
        "{\"text\": \"unterminated                       | 400 | JSON",
        "[1,2,3]                                         | 400 | object",
      })
  void invalid_bodies_are_problems_naming_the_field(String body, int status, String named)
      throws Exception {
    long before = app.store().countReports();

    JsonNode p = assertProblem(post(body), status);

    assertTrue(p.get("detail").asText().contains(named), p.toString());
    assertEquals(before, app.store().countReports());
  }

  @Test
  void wrong_content_type_is_415_and_oversized_body_is_413() throws Exception {
    assertProblem(
        http.send(
            "POST",
            "/reports",
            "text=hello",
            Map.of(
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Authorization",
                "Bearer " + TOKEN)),
        415);
    String huge = "{\"text\":\"" + "a".repeat(3_000_000) + "\"}";
    assertProblem(post(huge), 413);
  }

  @Test
  void writes_without_the_token_are_401_and_store_nothing() throws Exception {
    long before = app.store().countReports();

    HttpResponse<String> none =
        http.send(
            "POST",
            "/reports",
            body("A drone hit Odesa.", "https://example.org/x"),
            Map.of("Content-Type", "application/json"));
    HttpResponse<String> wrong =
        http.send(
            "POST",
            "/reports",
            body("A drone hit Odesa.", "https://example.org/x"),
            Map.of("Content-Type", "application/json", "Authorization", "Bearer " + TOKEN + "x"));

    assertProblem(none, 401);
    assertProblem(wrong, 401);
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    assertEquals(before, app.store().countReports());
    assertFalse(none.body().contains(TOKEN));
  }
}
