package org.conflictmap.store.postgis;

/**
 * How to reach PostgreSQL.
 *
 * @param jdbcUrl {@code jdbc:postgresql://host:port/db}, credentials may be in its query
 * @param user user name, or {@code null} to take it from the URL
 * @param password password, or {@code null}
 * @param poolSize most connections held for reads; with {@code writePoolSize}, keep it below the
 *     server's {@code max_connections}
 * @param writePoolSize connections kept for writes (reports and their events)
 * @param connectTimeoutMillis how long to wait for a connection
 * @param statementTimeoutMillis longest a statement may run, 0 for no limit
 */
public record PostgisSettings(
    String jdbcUrl,
    String user,
    String password,
    int poolSize,
    int writePoolSize,
    long connectTimeoutMillis,
    long statementTimeoutMillis) {

  public PostgisSettings {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--db must be a jdbc:postgresql:// URL");
    }
    if (poolSize < 1 || writePoolSize < 1) {
      throw new IllegalArgumentException("pool sizes must be at least 1");
    }
  }

  /**
   * Settings for a URL from the environment: credentials from {@code CONFLICTMAP_DB_USER} and
   * {@code CONFLICTMAP_DB_PASSWORD}, pool sizes from {@code CONFLICTMAP_DB_POOL} (reads, default
   * 10) and {@code CONFLICTMAP_DB_WRITE_POOL} (writes, default 2), statement timeout from {@code
   * CONFLICTMAP_STATEMENT_TIMEOUT_MS} (default 30,000).
   */
  public static PostgisSettings fromEnvironment(String jdbcUrl) {
    return new PostgisSettings(
        jdbcUrl,
        System.getenv("CONFLICTMAP_DB_USER"),
        System.getenv("CONFLICTMAP_DB_PASSWORD"),
        intEnv("CONFLICTMAP_DB_POOL", 10),
        intEnv("CONFLICTMAP_DB_WRITE_POOL", 2),
        10_000,
        intEnv("CONFLICTMAP_STATEMENT_TIMEOUT_MS", 30_000));
  }

  private static int intEnv(String name, int fallback) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, was '" + v + "'");
    }
  }

  /** The URL without its query string, which may hold a password. */
  public String safeUrl() {
    int q = jdbcUrl.indexOf('?');
    return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
  }

  @Override
  public String toString() {
    return "PostgisSettings[" + safeUrl() + ", pools " + poolSize + " + " + writePoolSize + "]";
  }
}
