package org.conflictmap.tiles;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.conflictmap.App;
import org.conflictmap.AppConfig;
import org.conflictmap.store.TimedEventStore;
import org.conflictmap.store.h2gis.H2gisEventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedTilesApiTest extends TilesApiContract {
  @TempDir static Path dir;
  static App app;

  @BeforeAll
  static void start() {
    app = App.open(AppConfig.embeddedForTest(dir)).start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Override
  protected App app() {
    return app;
  }

  @Override
  protected void reset() {
    try (Connection c =
            ((H2gisEventStore) ((TimedEventStore) app.store()).unwrap()).pool().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM events");
      s.execute("DELETE FROM reports");
      s.execute("UPDATE data_version SET version = " + System.nanoTime());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    app.store().reloadVersion();
  }
}
