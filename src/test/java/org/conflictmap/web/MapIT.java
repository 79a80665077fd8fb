package org.conflictmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.conflictmap.Json;
import org.conflictmap.TestHttp;
import org.conflictmap.cli.ServeCommandIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo map in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * installed by {@code scripts/test}), against the packaged jar serving 10,000 synthetic events.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapIT {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final Duration PATIENCE = Duration.ofSeconds(90);

  @TempDir static Path dir;
  static Process server;
  static int port;
  static String base;
  static TestHttp http;
  static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Path data = dir.resolve("data");
    var imported =
        ServeCommandIT.run(
            List.of("import", "--synthetic", "10000", "--data", data.toString()), 300);
    assertEquals(0, imported.exit(), imported.err());
    port = ServeCommandIT.freePort();
    server =
        ServeCommandIT.start(
            List.of(
                "serve", "--host", "127.0.0.1", "--port", "" + port, "--data", data.toString()));
    ServeCommandIT.awaitHealth(port);
    base = "http://127.0.0.1:" + port;
    http = new TestHttp(port);
    driver = chromium(dir.resolve("chromium-profile"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  static WebDriver chromium(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        // WebGL without a GPU: SwiftShader, which Chromium wants asked for by name.
        "--enable-unsafe-swiftshader",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,900",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    // DevTools network events, the worker's tile requests included.
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    return new ChromeDriver(service, options);
  }

  @BeforeEach
  void freshPage() {
    // Drop the log lines of earlier tests.
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
  }

  /** Opens {@code /map/} with {@code hash} and waits until it has drawn everything. */
  static void open(String hash) {
    driver.get("about:blank");
    // Forget what came before: the browser's own start-up pages included.
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(base + "/map/" + hash);
    settle();
  }

  /** Waits until every change is applied and the map is idle. */
  static void settle() {
    new WebDriverWait(driver, PATIENCE)
        .until(d -> js("return !!(window.conflictmap && window.conflictmap.ready)"));
    ((JavascriptExecutor) driver)
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "window.conflictmap.settled().then(() => done(true));");
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The 1, 5 and 15 minute load averages (Linux), or "unknown". */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /** Milliseconds from navigation start to the map's first idle event. */
  static double firstIdleMs() {
    Object ms = js("return window.conflictmap.firstIdleMs");
    assertNotNull(ms, "the map never became idle");
    return ((Number) ms).doubleValue();
  }

  static long shownCount() {
    return Long.parseLong(driver.findElement(By.id("count")).getAttribute("data-count"));
  }

  static long numberMatched(String query) throws Exception {
    var r = http.get("/collections/events/items?limit=1" + (query.isEmpty() ? "" : "&" + query));
    assertEquals(200, r.statusCode(), r.body());
    return Json.MAPPER.readTree(r.body()).get("numberMatched").asLong();
  }

  /**
   * URLs of every request since the last look, bar those that never leave the browser ({@code
   * about:}, {@code data:}, {@code blob:} and Chromium's own {@code chrome:} pages).
   */
  static List<String> requestedUrls() throws Exception {
    List<String> urls = new java.util.ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = Json.MAPPER.readTree(e.getMessage()).path("message");
      if (m.path("method").asText().equals("Network.requestWillBeSent")) {
        String u = m.path("params").path("request").path("url").asText();
        if (!u.matches("(data|blob|about|chrome|chrome-untrusted):.*")) {
          urls.add(u);
        }
      }
    }
    return urls;
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static List<LogEntry> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .toList();
  }

  /** Rendered features of {@code layers} as {id, type, geoPrecision, cluster} maps. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rendered(String... layers) {
    return (List<Map<String, Object>>)
        js(
            "return window.conflictmap.map.queryRenderedFeatures({layers: arguments[0]})"
                + ".map(f => ({id: f.id ?? null, type: f.properties.type ?? null,"
                + " geoPrecision: f.properties.geoPrecision ?? null,"
                + " cluster: !!f.properties.cluster}))",
            List.of(layers));
  }

  @Test
  @Order(1) // first, so that its first render is a cold one
  void page_loads_without_console_errors_and_asks_only_its_own_server() throws Exception {
    open("");

    assertEquals(List.of(), consoleErrors());
    // The page's own requests, as DevTools saw them.
    List<String> urls = requestedUrls();
    assertTrue(
        urls.stream().anyMatch(u -> u.contains("/collections/events/items")), urls.toString());
    // The worker's requests (tiles) do not show there: every URL the style can make it fetch.
    @SuppressWarnings("unchecked")
    List<String> templates =
        (List<String>)
            js(
                "const s = window.conflictmap.map.getStyle();"
                    + "return [s.glyphs, s.sprite].filter(Boolean).concat("
                    + "Object.values(s.sources).flatMap(x => (x.tiles || []).concat(x.url || [])))");
    assertEquals(3, templates.size(), "three tiled sources, no glyphs or sprite: " + templates);
    for (String u : concat(urls, templates)) {
      URI uri = URI.create(u.replaceAll("[{}]", ""));
      assertEquals("http://127.0.0.1:" + port, uri.getScheme() + "://" + uri.getAuthority(), u);
    }
    assertFalse(rendered("event-clusters").isEmpty(), "event tiles were not drawn");
    // And the page's policy would stop any other.
    var page = http.get("/map/");
    assertEquals(200, page.statusCode());
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("default-src 'self'") && csp.contains("connect-src 'self'"), csp);
    assertEquals(numberMatched(""), shownCount());

    double cold = firstIdleMs();
    // Again with the server warm (its tile cache emptied by no write, the browser's cleared).
    ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCache", Map.of());
    open("");
    double warm = firstIdleMs();
    Files.writeString(
        Path.of("target", "map-first-render.txt"),
        String.format(
            "first render of /map/ (navigation start to the map's first idle event), 10000 synthetic"
                + " events, browser cache empty:%n"
                + "  server cold (first request after start): %.0f ms%n"
                + "  server warm (second visit):               %.0f ms%n"
                + "machine: %d cpus, load average %s, %s %s, java %s,"
                + " headless Chromium with SwiftShader WebGL%n",
            cold,
            warm,
            Runtime.getRuntime().availableProcessors(),
            loadAverage(),
            System.getProperty("os.name"),
            System.getProperty("os.version"),
            System.getProperty("java.version")));
    screenshot("map-overview.png");
  }

  @Test
  void events_render_as_clusters_then_points_and_region_level_events_are_never_dots() {
    open("#map=4.6/48.6/34");
    List<Map<String, Object>> low = rendered("event-clusters", "event-points", "event-points-near");
    assertFalse(low.isEmpty(), "no events drawn at zoom 4.6");
    assertTrue(low.stream().allMatch(f -> (Boolean) f.get("cluster")), low.toString());

    open("#map=9.5/48.0/37.6");
    List<Map<String, Object>> points = rendered("event-points", "event-points-near");
    assertFalse(points.isEmpty(), "no event points near Donetsk at zoom 9.5");
    for (Map<String, Object> f : points) {
      assertNotNull(f.get("id"), f.toString());
      assertNotNull(f.get("type"), f.toString());
      assertTrue(((Number) f.get("geoPrecision")).intValue() < 3, f.toString());
    }
    assertFalse(
        rendered("region-level-hatch").isEmpty(),
        "regions with region-level events should be hatched");
  }

  @Test
  void clicking_a_hatched_region_lists_its_region_level_events() {
    open("#map=6.5/48.8/37.0");
    // A hatched pixel with no event drawn within 8 px of it.
    @SuppressWarnings("unchecked")
    List<Number> at =
        (List<Number>)
            js(
                "const m = window.conflictmap.map, c = m.getCanvas();"
                    + "const events = ['event-points', 'event-points-near', 'event-clusters'];"
                    + "for (let y = 20; y < c.clientHeight - 20; y += 15)"
                    + " for (let x = 20; x < c.clientWidth - 20; x += 15)"
                    + "  if (m.queryRenderedFeatures([x, y], {layers: ['region-level-hatch']}).length"
                    + "   && !m.queryRenderedFeatures([[x - 8, y - 8], [x + 8, y + 8]],"
                    + "        {layers: events}).length) return [x, y];"
                    + "return null;");
    assertNotNull(at, "no hatched region in view");
    WebElement canvas = driver.findElement(By.cssSelector("#map canvas"));
    new Actions(driver)
        .moveToElement(
            canvas,
            at.get(0).intValue() - canvas.getRect().getWidth() / 2,
            at.get(1).intValue() - canvas.getRect().getHeight() / 2)
        .click()
        .perform();

    WebElement first =
        new WebDriverWait(driver, PATIENCE)
            .until(d -> d.findElement(By.cssSelector("#details .event-list button")));
    assertTrue(
        driver.findElement(By.id("details")).getText().contains("this region as a whole"),
        driver.findElement(By.id("details")).getText());
    first.click();
    new WebDriverWait(driver, PATIENCE)
        .until(d -> d.findElement(By.cssSelector("#details dl")).getText().contains("Precision"));
    assertTrue(
        driver.findElement(By.cssSelector("#details dl")).getText().contains("3 — somewhere"),
        driver.findElement(By.cssSelector("#details dl")).getText());
  }

  @Test
  void moving_the_start_of_the_time_range_changes_the_count_and_the_layers_and_play_moves_it()
      throws Exception {
    open("");
    long before = shownCount();
    String tilesBefore = (String) js("return window.conflictmap.map.getSource('events').tiles[0]");

    WebElement start = driver.findElement(By.id("range-from"));
    start.sendKeys(Keys.PAGE_UP, Keys.PAGE_UP, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
    settle();

    long after = shownCount();
    String from = (String) js("return window.conflictmap.state.from");
    assertNotNull(from, "moving the start handle should set a start date");
    assertTrue(after < before && after > 0, before + " -> " + after);
    assertEquals(numberMatched("datetime=" + from + "/.."), after);
    String tiles = (String) js("return window.conflictmap.map.getSource('events').tiles[0]");
    assertTrue(tiles.contains("datetime=" + from), tiles);
    assertFalse(tiles.equals(tilesBefore));
    assertTrue(driver.getCurrentUrl().contains("from=" + from), driver.getCurrentUrl());

    WebElement play = driver.findElement(By.id("play"));
    play.click();
    assertEquals("true", play.getAttribute("aria-pressed"));
    new WebDriverWait(driver, PATIENCE)
        .until(d -> !from.equals(js("return window.conflictmap.state.from")));
    play.click();
    assertEquals("false", play.getAttribute("aria-pressed"));
  }

  @Test
  void a_report_submitted_in_the_panel_appears_on_the_map() throws Exception {
    open("");
    long before = shownCount();

    driver.findElement(By.id("report-toggle")).click();
    driver
        .findElement(By.id("report-text"))
        .sendKeys(
            "Shelling hit Kramatorsk on Tuesday, local officials said. Two people were wounded.");
    js("document.getElementById('report-published').value = arguments[0]", "2025-06-11");
    driver
        .findElement(By.id("report-url"))
        .sendKeys(
            "https://example.org/map-it/"
                + URLEncoder.encode("kramatorsk", StandardCharsets.UTF_8));
    driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();

    WebElement shown =
        new WebDriverWait(driver, PATIENCE)
            .until(d -> d.findElement(By.cssSelector("#report-result .event-list button")));
    assertTrue(
        driver
            .findElement(By.cssSelector("#report-result mark.site"))
            .getText()
            .contains("Kramatorsk"));
    long id = Long.parseLong(shown.getAttribute("data-event-id"));
    settle();
    assertEquals(before + 1, shownCount());

    shown.click();
    new WebDriverWait(driver, PATIENCE)
        .until(d -> d.findElement(By.cssSelector("#details .evidence mark.place")).isDisplayed());
    settle();
    assertTrue(
        rendered("event-points", "event-points-near").stream()
            .anyMatch(f -> f.get("id") != null && ((Number) f.get("id")).longValue() == id),
        "event " + id + " not drawn");
    assertEquals(
        "Kramatorsk",
        driver.findElement(By.cssSelector("#details .evidence mark.place")).getText());
    JsonNode item =
        Json.MAPPER.readTree(http.get("/collections/events/items/" + id).body()).get("properties");
    assertTrue(LocalDate.parse(item.get("date").asText()).getYear() == 2025, item.toString());
    screenshot("map-screenshot.png");
    assertEquals(List.of(), consoleErrors());
  }

  static void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
  }
}
