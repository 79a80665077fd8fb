package org.conflictmap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostGIS database tests run against: {@code CONFLICTMAP_TEST_DB}, which {@code scripts/test}
 * sets to a throwaway cluster. Run by that script ({@code -Dconflictmap.requirePostgis=true}) a
 * missing database fails the test; run by plain {@code mvn test} it skips it, saying why.
 */
public final class TestDatabases {
  private TestDatabases() {}

  /** The JDBC URL of the test database; fails or skips the calling test when there is none. */
  public static String postgisUrl() {
    String url = System.getenv("CONFLICTMAP_TEST_DB");
    boolean required = Boolean.getBoolean("conflictmap.requirePostgis");
    if (url == null || url.isBlank()) {
      if (required) {
        throw new IllegalStateException(
            "CONFLICTMAP_TEST_DB is not set: run the tests with ./scripts/test");
      }
      assumeTrue(false, "CONFLICTMAP_TEST_DB is not set; ./scripts/test provides a PostGIS");
    }
    return url;
  }

  /** Empties the event tables of the PostGIS test database (the schema stays). */
  public static void truncate(String url) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("TRUNCATE events, reports RESTART IDENTITY CASCADE");
      s.execute("UPDATE data_version SET version = 0");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot truncate the test database", e);
    }
  }
}
