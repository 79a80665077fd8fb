package org.conflictmap;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.api.BoundaryItemsController;
import org.conflictmap.api.Bulkhead;
import org.conflictmap.api.Cors;
import org.conflictmap.api.ErrorMapper;
import org.conflictmap.api.EventsController;
import org.conflictmap.api.ExportsController;
import org.conflictmap.api.GeocodeController;
import org.conflictmap.api.HealthController;
import org.conflictmap.api.JettyProblems;
import org.conflictmap.api.OgcController;
import org.conflictmap.api.OpenApiController;
import org.conflictmap.api.ReportsController;
import org.conflictmap.api.StatsController;
import org.conflictmap.api.WriteAccess;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.geoparse.Geoparser;
import org.conflictmap.ingest.Ingest;
import org.conflictmap.metrics.Metrics;
import org.conflictmap.store.EventStore;
import org.conflictmap.store.TimedEventStore;
import org.conflictmap.store.h2gis.H2gisEventStore;
import org.conflictmap.store.postgis.PostgisEventStore;
import org.conflictmap.store.postgis.PostgisSettings;
import org.conflictmap.tiles.BoundaryTiles;
import org.conflictmap.tiles.CachingTileStore;
import org.conflictmap.tiles.EmbeddedTileStore;
import org.conflictmap.tiles.LayeredTileStore;
import org.conflictmap.tiles.PostgisTileStore;
import org.conflictmap.tiles.RegionCounts;
import org.conflictmap.tiles.TileChanges;
import org.conflictmap.tiles.TileCoord;
import org.conflictmap.tiles.TileFilter;
import org.conflictmap.tiles.TileRequest;
import org.conflictmap.tiles.TileStore;
import org.conflictmap.tiles.TilesController;
import org.conflictmap.web.MapPage;

/**
 * The whole service, wired by hand in one place: the store, the controllers, and the Javalin server
 * with its routes. Built from an {@link AppConfig}, not started; {@link #start()} binds the port.
 * Closing it stops the server and closes the store.
 */
public final class App implements AutoCloseable {
  /** Store operations slower than this are logged (the slow-query log). */
  static final Duration SLOW_QUERY = Duration.ofMillis(500);

  /** Bytes of rendered tiles (and their gzip forms) kept in memory. */
  static final long TILE_CACHE_BYTES = 128L * 1024 * 1024;

  private final AppConfig config;
  private final EventStore store;
  private final Gazetteer gazetteer;
  private final Metrics metrics;
  private final Ingest ingest;
  private final Javalin server;
  private final List<String> readPaths;
  private final BoundaryTiles boundaryTiles;
  private final CachingTileStore tileCache;

  private App(AppConfig config, EventStore store, Gazetteer gazetteer, Metrics metrics) {
    this.config = config;
    this.store = store;
    this.gazetteer = gazetteer;
    this.metrics = metrics;
    this.ingest = Ingest.over(store, Geoparser.over(gazetteer), metrics);
    HealthController health = new HealthController(store);
    GeocodeController geocode = new GeocodeController(gazetteer);
    OgcController ogc =
        new OgcController(
            List.of(
                new OgcController.CollectionInfo(
                    "events",
                    "Events",
                    "Dated, typed events located at the place a report says they happened, with"
                        + " the sentence they were read from",
                    new double[] {-180, -90, 180, 90}),
                new OgcController.CollectionInfo(
                    "regions",
                    "Admin-1 regions",
                    "First-level regions (oblasts, provinces, states) keyed by ISO 3166-2 code,"
                        + " from Natural Earth",
                    new double[] {-180, -90, 180, 90}),
                new OgcController.CollectionInfo(
                    "countries",
                    "Countries",
                    "Countries keyed by ISO 3166-1 alpha-2 code, dissolved from their regions",
                    new double[] {-180, -90, 180, 90})),
            store);
    EventsController events = new EventsController(store);
    BoundaryItemsController boundaries = new BoundaryItemsController(gazetteer, store);
    ReportsController reports =
        new ReportsController(store, ingest, new WriteAccess(config.writeToken()));
    StatsController stats = new StatsController(store);
    ExportsController exports = new ExportsController(store);
    OpenApiController openApi = new OpenApiController();
    // Tile caches follow the writes: counts and tiles change where the new events are.
    RegionCounts regionCounts = new RegionCounts(store);
    TileChanges tileChanges = new TileChanges(code -> regionBounds(gazetteer, code));
    store.addWriteListener(regionCounts);
    store.addWriteListener(tileChanges);
    this.boundaryTiles = new BoundaryTiles(gazetteer, regionCounts::counts);
    TileStore tileStore = new LayeredTileStore(eventTileStore(store), boundaryTiles);
    CachingTileStore tileCache =
        new CachingTileStore(tileStore, tileChanges, TILE_CACHE_BYTES).monitor(metrics.registry());
    this.tileCache = tileCache;
    TilesController tiles = new TilesController(tileCache);
    // Queries that scan many rows run a few at a time, so tiles and ingest keep their share.
    Bulkhead queries = new Bulkhead("event queries", queryConcurrency(), QUERY_WAIT_MILLIS);
    // Reads: GET, plus OPTIONS for cross-origin preflights on the same paths.
    Map<String, Handler> reads = new LinkedHashMap<>();
    reads.put("/", ogc::landing);
    reads.put("/conformance", ogc::conformance);
    reads.put("/api", openApi::get);
    reads.put("/health", health::health);
    reads.put("/collections", ogc::collections);
    reads.put("/collections/{collectionId}", ogc::collection);
    reads.put("/collections/events/items", queries.guard(events::items));
    reads.put("/collections/events/items/{featureId}", events::item);
    reads.put("/reports", queries.guard(reports::list));
    reads.put("/reports/{id}", reports::get);
    reads.put("/stats/timeseries", queries.guard(stats::timeseries));
    reads.put("/stats/regions", queries.guard(stats::regions));
    reads.put("/exports/{file}", queries.guard(exports::export));
    reads.put("/geocode", geocode::geocode);
    reads.put("/reverse", geocode::reverse);
    reads.put("/collections/countries/items", queries.guard(boundaries::countries));
    reads.put("/collections/countries/items/{featureId}", boundaries::country);
    reads.put("/collections/regions/items", queries.guard(boundaries::regions));
    reads.put("/collections/regions/items/{featureId}", boundaries::region);
    reads.put("/metrics", metrics::scrape);
    reads.put("/tiles", tiles::list);
    reads.put("/tiles/{layer}", tiles::tileJson);
    reads.put("/tiles/{layer}/{z}/{x}/{file}", tiles::tile);
    this.readPaths = List.copyOf(reads.keySet());
    this.server =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.http.prefer405over404 = true;
              c.http.maxRequestSize = config.maxBodyBytes();
              c.jetty.host = config.host();
              c.jetty.port = config.port();
              ErrorMapper.register(c);
              c.jetty.modifyServer(s -> s.setErrorHandler(new JettyProblems.ServerErrors()));
              c.jetty.modifyServletContextHandler(
                  h -> h.setErrorHandler(new JettyProblems.ContextErrors()));
              c.requestLogger.http(metrics::request);
              c.routes.before(Cors::before);
              c.routes.post("/reports", reports::create);
              // The demo map: built from web-demo/ into the jar, served at /map/.
              MapPage.register(c);
              reads.forEach(
                  (path, handler) -> {
                    c.routes.get(path, handler);
                    c.routes.head(path, handler);
                    c.routes.options(path, Cors::preflight);
                  });
            });
  }

  /** Longest a query waits for a turn behind the bulkhead before a 503. */
  static final long QUERY_WAIT_MILLIS = 30_000;

  /** {@code CONFLICTMAP_QUERY_CONCURRENCY}: event queries run at once (default 3). */
  static int queryConcurrency() {
    String v = System.getenv("CONFLICTMAP_QUERY_CONCURRENCY");
    if (v == null || v.isBlank()) {
      return 3;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "CONFLICTMAP_QUERY_CONCURRENCY must be a positive integer, was '" + v + "'");
    }
  }

  /** The WGS 84 bounding box of the admin-1 region {@code code}, or {@code null}. */
  private static org.locationtech.jts.geom.Envelope regionBounds(Gazetteer gazetteer, String code) {
    org.locationtech.jts.geom.Envelope box = null;
    for (var b : gazetteer.regions(code)) {
      if (box == null) {
        box = new org.locationtech.jts.geom.Envelope(b.geometry().getEnvelopeInternal());
      } else {
        box.expandToInclude(b.geometry().getEnvelopeInternal());
      }
    }
    return box;
  }

  /**
   * Loads the gazetteer ({@link Gazetteer#loadDefault()}: once per JVM, shared), opens the store
   * named by {@code config} and builds the server around them.
   */
  public static App open(AppConfig config) {
    return open(config, Gazetteer.loadDefault());
  }

  /**
   * Opens the store named by {@code config} and builds the server around it and {@code gazetteer}.
   */
  public static App open(AppConfig config, Gazetteer gazetteer) {
    Metrics metrics = new Metrics();
    EventStore store =
        new TimedEventStore(openStore(config, metrics.registry()), metrics.registry(), SLOW_QUERY);
    return new App(config, store, gazetteer, metrics);
  }

  /** The PostGIS store when {@code dbUrl} is set, else the embedded store in {@code dataDir}. */
  public static EventStore openStore(AppConfig config) {
    return openStore(config, null);
  }

  /** As {@link #openStore(AppConfig)}, with pool meters on {@code registry} (may be null). */
  public static EventStore openStore(AppConfig config, MeterRegistry registry) {
    if (config.dbUrl() != null) {
      return PostgisEventStore.open(PostgisSettings.fromEnvironment(config.dbUrl()), registry);
    }
    return H2gisEventStore.open(config.dataDir(), registry);
  }

  /** The events tile renderer of {@code store}: SQL in PostGIS, Java over the embedded store. */
  static TileStore eventTileStore(EventStore store) {
    if (store instanceof TimedEventStore timed) {
      return eventTileStore(timed.unwrap());
    }
    if (store instanceof PostgisEventStore p) {
      return new PostgisTileStore(p.pool());
    }
    if (store instanceof H2gisEventStore h) {
      return new EmbeddedTileStore(h.pool());
    }
    throw new IllegalArgumentException("no tile renderer for a " + store.kind() + " store");
  }

  public App start() {
    server.start();
    return this;
  }

  /** Zooms whose boundary shapes {@link #prewarm()} prepares: the demo map opens at 4.6. */
  static final int PREWARM_MAX_ZOOM = 6;

  /**
   * Prepares the boundary shapes of the low zooms ({@link BoundaryTiles#prewarm}), so that the
   * first map view after start-up is as fast as later ones; {@code serve} calls it before it
   * listens.
   *
   * @return milliseconds taken
   */
  public long prewarm() {
    long t0 = System.nanoTime();
    boundaryTiles.prewarm(PREWARM_MAX_ZOOM);
    // The world's tiles of the lowest zooms, unfiltered, into the tile cache: a first view starts
    // from them, and rendering them compiles the tile code paths before the first visitor.
    for (int z = 0; z <= PREWARM_TILE_ZOOM; z++) {
      for (int x = 0; x < 1 << z; x++) {
        for (int y = 0; y < 1 << z; y++) {
          for (var layer : tileCache.layers()) {
            tileCache.get(new TileRequest(layer.id(), new TileCoord(z, x, y), TileFilter.none()));
          }
        }
      }
    }
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** Zooms whose whole world {@link #prewarm()} renders into the tile cache. */
  static final int PREWARM_TILE_ZOOM = 2;

  /** The bound port (after {@link #start()}). */
  public int port() {
    return server.port();
  }

  public EventStore store() {
    return store;
  }

  /** The ingest path (geoparse + store) the service uses for {@code POST /reports}. */
  public Ingest ingest() {
    return ingest;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The paths served to GET (for the test that the OpenAPI document declares them all). */
  public List<String> readPaths() {
    return readPaths;
  }

  public AppConfig config() {
    return config;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } finally {
      store.close();
      metrics.close();
    }
  }
}
