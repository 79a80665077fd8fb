package org.conflictmap;

import java.nio.file.Path;

/**
 * Settings of one running service; built by the {@code serve} command or by tests.
 *
 * @param host address to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port TCP port, 0 for any free one
 * @param dataDir directory of the embedded store (used when {@code dbUrl} is null)
 * @param dbUrl {@code jdbc:postgresql://…} to use PostGIS, or {@code null} for the embedded store
 * @param writeToken bearer token required for writes, or {@code null}: then only loopback clients
 *     may write
 * @param maxBodyBytes largest request body accepted
 */
public record AppConfig(
    String host, int port, Path dataDir, String dbUrl, String writeToken, long maxBodyBytes) {

  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;

  public AppConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535");
    }
    if (writeToken != null && writeToken.isBlank()) {
      writeToken = null;
    }
  }

  /** Embedded store in {@code dataDir}, any free port on loopback: what tests use. */
  public static AppConfig embeddedForTest(Path dataDir) {
    return new AppConfig("127.0.0.1", 0, dataDir, null, null, DEFAULT_MAX_BODY);
  }

  public AppConfig withDb(String url) {
    return new AppConfig(host, port, dataDir, url, writeToken, maxBodyBytes);
  }

  public AppConfig withWriteToken(String token) {
    return new AppConfig(host, port, dataDir, dbUrl, token, maxBodyBytes);
  }

  @Override
  public String toString() {
    return "AppConfig[host="
        + host
        + ", port="
        + port
        + ", dataDir="
        + dataDir
        + ", db="
        + (dbUrl == null ? "embedded" : dbUrl.replaceAll("\\?.*", ""))
        + ", writeToken="
        + (writeToken == null ? "none" : "set")
        + "]";
  }
}
