package org.conflictmap;

import io.javalin.Javalin;
import org.conflictmap.api.ErrorMapper;
import org.conflictmap.api.HealthController;
import org.conflictmap.store.EventStore;
import org.conflictmap.store.h2gis.H2gisEventStore;
import org.conflictmap.store.postgis.PostgisEventStore;
import org.conflictmap.store.postgis.PostgisSettings;

/**
 * The whole service, wired by hand in one place: the store, the controllers, and the Javalin server
 * with its routes. Built from an {@link AppConfig}, not started; {@link #start()} binds the port.
 * Closing it stops the server and closes the store.
 */
public final class App implements AutoCloseable {
  private final AppConfig config;
  private final EventStore store;
  private final Javalin server;

  private App(AppConfig config, EventStore store) {
    this.config = config;
    this.store = store;
    HealthController health = new HealthController(store);
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
