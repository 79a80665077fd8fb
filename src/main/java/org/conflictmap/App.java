package org.conflictmap;

import io.javalin.Javalin;
import org.conflictmap.api.ErrorMapper;
import org.conflictmap.api.HealthController;
import org.conflictmap.store.EventStore;
import org.conflictmap.store.h2gis.H2gisEventStore;
import org.conflictmap.store.postgis.PostgisEventStore;
import org.conflictmap.store.postgis.PostgisSettings;
import org.conflictmap.tiles.CachingTileStore;
import org.conflictmap.tiles.EmbeddedTileStore;
import org.conflictmap.tiles.PostgisTileStore;
import org.conflictmap.tiles.TileStore;
import org.conflictmap.tiles.TilesController;

/**
 * The whole service, wired by hand in one place: the store, the controllers, and the Javalin server
 * with its routes. Built from an {@link AppConfig}, not started; {@link #start()} binds the port.
 * Closing it stops the server and closes the store.
 */
public final class App implements AutoCloseable {
  /** Bytes of rendered tiles (and their gzip forms) kept in memory. */
  static final long TILE_CACHE_BYTES = 128L * 1024 * 1024;

  private final AppConfig config;
  private final EventStore store;
  private final Javalin server;

  private App(AppConfig config, EventStore store) {
    this.config = config;
    this.store = store;
    HealthController health = new HealthController(store);
    CachingTileStore tileCache =
        new CachingTileStore(tileStore(store), store::dataVersion, TILE_CACHE_BYTES);
    TilesController tiles = new TilesController(tileCache);
    this.server =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.http.prefer405over404 = true;
              c.http.maxRequestSize = config.maxBodyBytes();
              c.jetty.host = config.host();
              c.jetty.port = config.port();
              ErrorMapper.register(c);
              c.routes.get("/health", health::health);
              // tiles
              c.routes.get("/tiles", tiles::list);
              c.routes.get("/tiles/{layer}", tiles::tileJson);
              c.routes.get("/tiles/{layer}/{z}/{x}/{file}", tiles::tile);
            });
  }

  /** Opens the store named by {@code config} and builds the server around it. */
  public static App open(AppConfig config) {
    return new App(config, openStore(config));
  }

  /** The PostGIS store when {@code dbUrl} is set, else the embedded store in {@code dataDir}. */
  public static EventStore openStore(AppConfig config) {
    if (config.dbUrl() != null) {
      return PostgisEventStore.open(PostgisSettings.fromEnvironment(config.dbUrl()));
    }
    return H2gisEventStore.open(config.dataDir());
  }

  /** The tile renderer of {@code store}: SQL in PostGIS, Java over the embedded store. */
  static TileStore tileStore(EventStore store) {
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

  /** The bound port (after {@link #start()}). */
  public int port() {
    return server.port();
  }

  public EventStore store() {
    return store;
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
    }
  }
}
