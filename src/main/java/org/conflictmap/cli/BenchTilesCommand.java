package org.conflictmap.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictmap.App;
import org.conflictmap.AppConfig;
import org.conflictmap.store.Report;
import org.conflictmap.store.SyntheticEvents;
import org.conflictmap.store.TimedEventStore;
import org.conflictmap.store.postgis.PostgisEventStore;
import org.conflictmap.tiles.BoundSql;
import org.conflictmap.tiles.EventTileSql;
import org.conflictmap.tiles.TileCoord;
import org.conflictmap.tiles.TileFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench tiles}: the figures of the tile API on PostGIS. Loads synthetic events (through
 * {@code EventStore.save}, {@code --per-report} events a report) until the database holds {@code
 * --events}, starts the service on it, and measures:
 *
 * <ol>
 *   <li>uncached tiles z8–z12 through HTTP against the same {@code ST_AsMVT} statements run
 *       directly over JDBC, same tiles, same concurrency, alternating rounds (every request has a
 *       date range of its own, so no tile comes from the cache);
 *   <li>z0–z6 tiles with a date filter, uncached, one at a time: p50, p95, max latency and size;
 *   <li>cached tiles per second (wrk when installed, else a Java driver);
 *   <li>a date-filtered tile statement, server-side prepared, under {@code plan_cache_mode = auto}
 *       and {@code force_custom_plan}.
 * </ol>
 */
@Command(
    name = "tiles",
    mixinStandardHelpOptions = true,
    description = "Tile figures on PostGIS: uncached vs direct SQL, low zooms, cached rate.")
final class BenchTilesCommand implements Callable<Integer> {

  @Option(names = "--db", required = true, description = "PostGIS JDBC URL (scratch database).")
  String db;

  @Option(
      names = "--events",
      defaultValue = "1000000",
      description = "Events the database should hold (default: ${DEFAULT-VALUE}).")
  long events;

  @Option(
      names = "--per-report",
      defaultValue = "1000",
      description = "Events per report when loading (default: ${DEFAULT-VALUE}).")
  int perReport;

  @Option(
      names = "--concurrency",
      defaultValue = "4",
      description = "Concurrent clients for the throughput figures (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--requests",
      defaultValue = "400",
      description = "Uncached requests per round (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(
      names = "--rounds",
      defaultValue = "3",
      description = "Alternating rounds of service vs direct SQL (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--seconds",
      defaultValue = "15",
      description = "Duration of the cached-rate run (default: ${DEFAULT-VALUE}).")
  int seconds;

  /** Where the synthetic events are: the anchors' area, lon 30..39, lat 44..54. */
  private static final double[][] HOT = {
    {37.18, 48.28}, {37.71, 48.53}, {38.00, 48.60}, {37.61, 49.71}, {36.23, 49.99}, {35.79, 47.57},
    {32.62, 46.64}, {34.80, 50.91}, {35.27, 51.19}, {36.59, 50.60}, {37.80, 48.02}, {30.52, 50.45}
  };

  private final SplittableRandom random = new SplittableRandom(20261129);
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Override
  public Integer call() throws Exception {
    System.out.printf(
        "bench tiles: %d cores, %s, Java %s (%s)%n",
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));
    Path dir = Files.createTempDirectory("conflictmap-bench-tiles");
    try (App app = App.open(AppConfig.embeddedForTest(dir).withDb(db))) {
      PostgisEventStore store = (PostgisEventStore) ((TimedEventStore) app.store()).unwrap();
      load(store);
      app.start();
      String base = "http://127.0.0.1:" + app.port();
      System.out.printf(
          "service on %s, %,d events%n", base, store.count(TileFilter.none().toQuery()));
      System.out.println("load average: " + loadAverage());
      uncachedVsDirect(base, store);
      System.out.println("load average: " + loadAverage());
      lowZooms(base);
      System.out.println("load average: " + loadAverage());
      cached(base);
      System.out.println("load average: " + loadAverage());
      planCacheMode();
    }
    return 0;
  }

  private void load(PostgisEventStore store) {
    long have = store.count(TileFilter.none().toQuery());
    if (have >= events) {
      return;
    }
    System.out.printf("loading %,d synthetic events (have %,d)…%n", events - have, have);
    SyntheticEvents generator = new SyntheticEvents(have + 1);
    long t0 = System.nanoTime();
    long done = 0;
    while (have + done < events) {
      int n = (int) Math.min(perReport, events - have - done);
      store.save(
          Report.draft(
              "bench-tiles:" + (have + done),
              "synthetic",
              LocalDate.of(2025, 1, 1),
              "en",
              "synthetic tile benchmark report " + (have + done) + " " + System.nanoTime(),
              "[]"),
          generator.next(n));
      done += n;
      if (done % 50_000 < n) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  %,d events, %.0f events/s%n", have + done, done / s);
      }
    }
    try (Connection c = store.pool().getConnection();
        Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE events");
      s.execute("VACUUM ANALYZE event_cells");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- 1. uncached z8-z12: service vs direct SQL ----

  record Req(TileCoord coord, TileFilter filter) {
    String path() {
      String q = filter.queryString();
      return "/tiles/events/" + coord + ".mvt" + (q.isEmpty() ? "" : "?" + q);
    }
  }

  private final Set<String> used = new java.util.HashSet<>();

  /**
   * A request for {@code coord} under a date range not asked before in this run, so the service
   * cache cannot answer it.
   */
  private Req fresh(TileCoord coord) {
    while (true) {
      LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
      LocalDate to = from.plusDays(1 + random.nextInt(120));
      Req r = new Req(coord, new TileFilter(from, to, null, null, null, null));
      if (used.add(r.path())) {
        return r;
      }
    }
  }

  private List<Req> highZoomRequests(int count) {
    List<Req> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int z = 8 + i % 5;
      double[] p = HOT[random.nextInt(HOT.length)];
      double lon = p[0] + random.nextDouble(-0.2, 0.2);
      double lat = p[1] + random.nextDouble(-0.15, 0.15);
      out.add(fresh(TileCoord.containing(lon, lat, z)));
    }
    return out;
  }

  private void uncachedVsDirect(String base, PostgisEventStore store) throws Exception {
    boolean wrk = onPath("wrk");
    System.out.printf(
        "%n1. uncached tiles z8-z12, %d clients, %d alternating rounds; service driven by %s%n",
        concurrency, rounds, wrk ? "wrk (unique URLs, never repeated)" : "the Java HTTP client");
    run(highZoomRequests(requests), r -> httpGet(base + r.path()).length); // warm-up
    run(highZoomRequests(requests), r -> sql(store, r));
    double[] service = new double[rounds];
    double[] direct = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      for (int k = 0; k < 2; k++) {
        boolean serviceTurn = (i + k) % 2 == 0;
        if (serviceTurn) {
          if (wrk) {
            service[i] = wrkRate(base, highZoomRequests(40_000), seconds);
          } else {
            service[i] = run(highZoomRequests(requests), r -> httpGet(base + r.path()).length);
          }
        } else {
          direct[i] = run(highZoomRequests(requests), r -> sql(store, r));
        }
      }
      System.out.printf(
          "  round %d: service %.0f tiles/s, direct SQL %.0f tiles/s%n",
          i + 1, service[i], direct[i]);
    }
    double s = median(service);
    double d = median(direct);
    System.out.printf(
        "  median: service %.0f tiles/s, direct SQL %.0f tiles/s, ratio %.2f (target >= 0.90)%n",
        s, d, s / d);
  }

  /**
   * Requests per second wrk reaches over {@code reqs} for {@code secs} seconds; its two threads
   * walk disjoint halves of the list, so no URL is asked twice unless the list runs out (then a
   * warning is printed).
   */
  private double wrkRate(String base, List<Req> reqs, int secs) throws Exception {
    StringBuilder lua = new StringBuilder("paths = {\n");
    for (Req r : reqs) {
      lua.append("  \"").append(r.path()).append("\",\n");
    }
    lua.append(
        """
        }
        local threads = 0
        function setup(thread)
          thread:set("tid", threads)
          threads = threads + 1
        end
        local i = -1
        function request()
          if i < 0 then i = tid end
          local p = paths[(i % #paths) + 1]
          i = i + 2
          return wrk.format("GET", p)
        end
        """);
    String out = wrk(base, lua.toString(), concurrency, secs);
    Matcher total = Pattern.compile("([0-9]+) requests in").matcher(out);
    if (total.find() && Long.parseLong(total.group(1)) > reqs.size()) {
      System.out.println("  (warning: wrk ran out of unique URLs; some answers were cached)");
    }
    if (out.contains("Non-2xx")) {
      System.out.println(out);
    }
    Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("wrk said: " + out);
    }
    return Double.parseDouble(m.group(1));
  }

  private static String wrk(String base, String lua, int connections, int secs) throws Exception {
    Path script = Files.createTempFile("tiles", ".lua");
    try {
      Files.writeString(script, lua);
      Process p =
          new ProcessBuilder(
                  "wrk",
                  "-t2",
                  "-c" + Math.max(2, connections),
                  "-d" + secs + "s",
                  "-s",
                  script.toString(),
                  base)
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return out;
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private static int sql(PostgisEventStore store, Req r) throws SQLException {
    BoundSql q = EventTileSql.forTile(r.coord(), r.filter());
    try (Connection c = store.pool().getConnection();
        PreparedStatement ps = c.prepareStatement(q.sql())) {
      q.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        byte[] b = rs.getBytes(1);
        return b == null ? 0 : b.length;
      }
    }
  }

  interface Task {
    int apply(Req r) throws Exception;
  }

  /** Runs every request on {@code concurrency} threads; answers requests per second. */
  private double run(List<Req> reqs, Task task) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      long t0 = System.nanoTime();
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < concurrency; t++) {
        fs.add(
            pool.submit(
                () -> {
                  int i;
                  while ((i = next.getAndIncrement()) < reqs.size()) {
                    task.apply(reqs.get(i));
                  }
                  return null;
                }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      return reqs.size() / ((System.nanoTime() - t0) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private byte[] httpGet(String url) throws IOException, InterruptedException {
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200 && r.statusCode() != 204) {
      throw new IllegalStateException(url + " answered " + r.statusCode());
    }
    return r.body();
  }

  // ---- 2. z0-z6 with a date filter ----

  private void lowZooms(String base) throws Exception {
    System.out.printf("%n2. z0-z6 with a date filter, uncached, one at a time%n");
    List<Req> reqs = new ArrayList<>();
    for (int z = 0; z <= 6; z++) {
      Set<TileCoord> tiles = new LinkedHashSet<>();
      for (double[] p : HOT) {
        tiles.add(TileCoord.containing(p[0], p[1], z));
      }
      for (int k = 0; k < 30; k++) {
        for (TileCoord t : tiles) {
          reqs.add(k % 10 == 0 ? wide(t, k) : fresh(t));
        }
      }
    }
    List<Long> micros = new ArrayList<>();
    int maxBytes = 0;
    String largest = "";
    for (Req r : reqs.subList(0, Math.min(50, reqs.size()))) {
      httpGet(base + r.path()); // warm-up, and these are now cached: not measured again
    }
    List<String> timed = new ArrayList<>();
    for (Req r : reqs.subList(Math.min(50, reqs.size()), reqs.size())) {
      long t0 = System.nanoTime();
      byte[] body = httpGet(base + r.path());
      long us = (System.nanoTime() - t0) / 1000;
      micros.add(us);
      timed.add(String.format("%08d #%d %s", us, micros.size(), r.path()));
      if (body.length > maxBytes) {
        maxBytes = body.length;
        largest = r.path();
      }
    }
    long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "  %d tiles: p50 %.1f ms, p95 %.1f ms (target <= 50), max %.1f ms; largest tile %,d bytes"
            + " (target <= 500 KB) at %s%n",
        sorted.length,
        pct(sorted, 0.50) / 1000.0,
        pct(sorted, 0.95) / 1000.0,
        sorted[sorted.length - 1] / 1000.0,
        maxBytes,
        largest);
    timed.sort(java.util.Comparator.reverseOrder());
    for (String t : timed.subList(0, Math.min(3, timed.size()))) {
      System.out.printf(
          "  slow: %.1f ms, request %s%n",
          Long.parseLong(t.substring(0, 8)) / 1000.0, t.substring(9));
    }
  }

  /** Now and then the widest ranges: open ends or the whole three years. */
  private Req wide(TileCoord t, int k) {
    LocalDate cut = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
    TileFilter f =
        switch ((k / 10) % 3) {
          case 0 -> new TileFilter(cut, null, null, null, null, null);
          case 1 -> new TileFilter(null, cut, null, null, null, null);
          default ->
              new TileFilter(
                  LocalDate.of(2022, 12, 1).plusDays(random.nextInt(60)),
                  LocalDate.of(2026, 1, 1).plusDays(random.nextInt(60)),
                  null,
                  null,
                  null,
                  null);
        };
    Req r = new Req(t, f);
    return used.add(r.path()) ? r : fresh(t);
  }

  private static long pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  // ---- 3. cached ----

  private void cached(String base) throws Exception {
    List<String> paths = new ArrayList<>();
    for (int z = 8; z <= 12; z++) {
      for (double[] p : HOT) {
        paths.add(
            "/tiles/events/"
                + TileCoord.containing(p[0], p[1], z)
                + ".mvt?datetime=2025-01-01/2025-03-31");
      }
    }
    for (String p : paths) {
      httpGet(base + p); // fill the cache
    }
    System.out.printf("%n3. cached tiles, %d distinct tiles, gzip accepted%n", paths.size());
    if (onPath("wrk")) {
      StringBuilder lua = new StringBuilder("local paths = {\n");
      for (String p : paths) {
        lua.append("  \"").append(p).append("\",\n");
      }
      lua.append(
          """
          }
          local i = 0
          wrk.headers["Accept-Encoding"] = "gzip"
          request = function()
            i = i % #paths + 1
            return wrk.format("GET", paths[i])
          end
          """);
      int connections = Math.max(8, concurrency * 4);
      String out = wrk(base, lua.toString(), connections, seconds);
      Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
      Matcher lat = Pattern.compile("Latency\\s+(\\S+)").matcher(out);
      System.out.printf(
          "  wrk -t2 -c%d -d%ds: %s tiles/s (target >= 5,000)%s%n",
          connections,
          seconds,
          m.find() ? m.group(1) : "?",
          lat.find() ? ", mean latency " + lat.group(1) : "");
      if (out.contains("Non-2xx")) {
        System.out.println(out);
      }
    } else {
      List<Req> none = new ArrayList<>();
      System.out.println("  (wrk not installed: Java client)");
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      AtomicInteger count = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(concurrency);
      List<Future<?>> fs = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int t = 0; t < concurrency; t++) {
        int offset = t;
        fs.add(
            pool.submit(
                () -> {
                  int i = offset;
                  while (System.nanoTime() < end) {
                    httpGet(base + paths.get(i++ % paths.size()));
                    count.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      pool.shutdownNow();
      System.out.printf(
          "  %.0f tiles/s (target >= 5,000)%n", count.get() / ((System.nanoTime() - t0) / 1e9));
      none.clear();
    }
  }

  // ---- 4. plan_cache_mode ----

  private void planCacheMode() throws Exception {
    System.out.printf(
        "%n4. tile statements server-side prepared (prepareThreshold=1), 40 executions each:"
            + " 5 narrow date ranges first, then narrow and open ranges alternating%n");
    for (int z : List.of(9, 5)) {
      for (String mode : List.of("auto", "force_custom_plan")) {
        String url = db + (db.contains("?") ? "&" : "?") + "prepareThreshold=1";
        try (Connection c = DriverManager.getConnection(url)) {
          try (Statement s = c.createStatement()) {
            s.execute("SET plan_cache_mode = " + mode);
          }
          TileCoord t = TileCoord.containing(37.18, 48.28, z);
          List<Long> narrow = new ArrayList<>();
          List<Long> wide = new ArrayList<>();
          for (int i = 0; i < 40; i++) {
            LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
            boolean isWide = i >= 5 && i % 2 == 1;
            TileFilter f =
                isWide
                    ? new TileFilter(
                        from.minusDays(random.nextInt(30)), null, null, null, null, null)
                    : new TileFilter(
                        from, from.plusDays(random.nextInt(3)), null, null, null, null);
            BoundSql q = EventTileSql.forTile(t, f);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(q.sql())) {
              q.bind(ps);
              try (ResultSet rs = ps.executeQuery()) {
                rs.next();
              }
            }
            long us = (System.nanoTime() - t0) / 1000;
            if (i >= 10) {
              (isWide ? wide : narrow).add(us);
            }
          }
          String plans = "";
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT sum(generic_plans), sum(custom_plans) FROM pg_prepared_statements")) {
            if (rs.next()) {
              plans = rs.getLong(1) + " generic / " + rs.getLong(2) + " custom plans";
            }
          }
          System.out.printf(
              "  z%d %-17s narrow ranges median %6.1f ms, open ranges median %6.1f ms (max %.1f)"
                  + "  [%s]%n",
              z,
              mode,
              medianMs(narrow),
              medianMs(wide),
              wide.stream().mapToLong(Long::longValue).max().orElse(0) / 1000.0,
              plans);
        }
      }
    }
  }

  private static double medianMs(List<Long> micros) {
    long[] s = micros.stream().mapToLong(Long::longValue).sorted().toArray();
    return s.length == 0 ? 0 : s[s.length / 2] / 1000.0;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** The 1, 5 and 15 minute load averages: other work on the machine shows here. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return System.getProperty("os.arch");
  }
}
