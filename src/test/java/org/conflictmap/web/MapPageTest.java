package org.conflictmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.conflictmap.App;
import org.conflictmap.AppConfig;
import org.conflictmap.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo map's files as the app serves them (the build puts them under web/map/). */
class MapPageTest {
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
  void map_without_a_slash_redirects_to_the_page() {
    HttpResponse<String> r = http.get("/map");

    assertEquals(301, r.statusCode());
    assertEquals("/map/", r.headers().firstValue("Location").orElse(""));
  }

  @Test
  void the_page_is_html_under_a_same_origin_policy() {
    HttpResponse<String> r = http.get("/map/");

    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(r.body().contains("<script type=\"module\" src=\"js/main.js\">"), r.body());
    assertEquals(
        MapPage.CONTENT_SECURITY_POLICY,
        r.headers().firstValue("Content-Security-Policy").orElse(""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/map/index.html",
        "/map/js/main.js",
        "/map/map.css",
        "/map/vendor/maplibre-gl.js",
        "/map/vendor/maplibre-gl-worker.js"
      })
  void every_file_of_the_page_is_served_with_the_policy(String path) {
    HttpResponse<String> r = http.get(path);

    assertEquals(200, r.statusCode(), path);
    assertEquals(
        MapPage.CONTENT_SECURITY_POLICY,
        r.headers().firstValue("Content-Security-Policy").orElse(""),
        path);
  }

  @Test
  void the_policy_allows_nothing_from_another_host() {
    for (String directive : MapPage.CONTENT_SECURITY_POLICY.split(";")) {
      String[] words = directive.strip().split(" +");
      assertTrue(words[0].matches("[a-z]+(-[a-z]+)*"), directive);
      for (int i = 1; i < words.length; i++) {
        assertTrue(
            java.util.Set.of("'self'", "'none'", "data:", "blob:").contains(words[i]),
            "unexpected source '" + words[i] + "' in " + directive);
      }
    }
  }

  @Test
  void a_missing_file_is_a_404_problem() {
    HttpResponse<String> r = http.get("/map/no-such-file.js");

    assertEquals(404, r.statusCode());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
  }
}
