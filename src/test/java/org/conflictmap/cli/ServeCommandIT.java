package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conflictmap.TestDatabases;
import org.conflictmap.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the packaged jar as a person would: {@code java -jar target/conflictmap.jar …}. Its static
 * helpers start and wait for the jar in other integration tests too.
 */
public class ServeCommandIT {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"", "serve"})
  void every_command_answers_help(String command) throws Exception {
    List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command));
    args.add("--help");
    Result r = run(args, 30);

    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("Usage:"), r.out);
  }

  @Test
  void serve_against_an_unreachable_database_exits_with_one_clear_line() throws Exception {
    Result r =
        run(List.of("serve", "--port", "0", "--db", "jdbc:postgresql://127.0.0.1:1/none"), 60);

    assertEquals(1, r.exit);
    assertEquals(1, r.err.strip().lines().count(), r.err);
    assertTrue(
        r.err.contains("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/none"),
        r.err);
    assertFalse(r.err.contains("\tat "), r.err);
  }

  @Test
  void serve_against_a_database_without_postgis_exits_with_one_clear_line() throws Exception {
    String admin = TestDatabases.postgisUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
    try (Connection c = DriverManager.getConnection(admin);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS nopostgis");
      s.execute("DROP ROLE IF EXISTS plainuser");
      s.execute("CREATE ROLE plainuser LOGIN");
      s.execute("CREATE DATABASE nopostgis OWNER plainuser");
    }
    String url = admin.replaceFirst("/postgres\\?user=[^&]+", "/nopostgis?user=plainuser");

    Result r = run(List.of("serve", "--port", "0", "--db", url), 60);

    assertEquals(1, r.exit);
    assertEquals(1, r.err.strip().lines().count(), r.err);
    assertTrue(r.err.contains("has no PostGIS"), r.err);
    assertFalse(r.err.contains("user=plainuser"), "the query string may hold secrets: " + r.err);
  }

  @Test
  void serve_with_db_reports_postgis_on_health() throws Exception {
    int port = freePort();
    Process p =
        start(
            List.of(
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                "" + port,
                "--db",
                TestDatabases.postgisUrl()));
    try {
      String body = awaitHealth(port);
      assertTrue(body.contains("\"store\":\"postgis\""), body);
    } finally {
      p.destroy();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void serve_without_db_reports_embedded_on_health() throws Exception {
    int port = freePort();
    Process p =
        start(
            List.of("serve", "--host", "127.0.0.1", "--port", "" + port, "--data", dir.toString()));
    try {
      String body = awaitHealth(port);
      assertTrue(body.contains("\"store\":\"embedded\""), body);
    } finally {
      p.destroy();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
  }

  public static String awaitHealth(int port) throws InterruptedException {
    TestHttp http = new TestHttp(port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      Process p = SERVERS.get(port);
      if (p != null && !p.isAlive()) {
        throw new AssertionError("the server on port " + port + " stopped: " + serverState(port));
      }
      try {
        var r = http.get("/health");
        if (r.statusCode() == 200) {
          return r.body();
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "no healthy server on port " + port + " within 120 s; " + serverState(port));
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  public record Result(int exit, String out, String err) {}

  /** The output log and process of each server started on a port, for failure messages. */
  private static final java.util.Map<Integer, java.nio.file.Path> LOGS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final java.util.Map<Integer, Process> SERVERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Starts {@code conflictmap ARGS}; its standard output and error go to a log file. */
  public static Process start(List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", jar()));
    cmd.addAll(args);
    java.nio.file.Path log = java.nio.file.Files.createTempFile("conflictmap-serve-", ".log");
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
    int i = args.indexOf("--port");
    if (i >= 0 && i + 1 < args.size()) {
      int port = Integer.parseInt(args.get(i + 1));
      LOGS.put(port, log);
      SERVERS.put(port, p);
    }
    return p;
  }

  /** The last lines the server on {@code port} wrote, and whether it is still running. */
  private static String serverState(int port) {
    Process p = SERVERS.get(port);
    java.nio.file.Path log = LOGS.get(port);
    String tail = "";
    if (log != null) {
      try {
        List<String> lines = java.nio.file.Files.readAllLines(log);
        tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
      } catch (IOException e) {
        tail = "(log unreadable: " + e.getMessage() + ")";
      }
    }
    String state = p == null ? "unknown" : p.isAlive() ? "running" : "exited " + p.exitValue();
    return "server " + state + "; its last output:\n" + tail;
  }

  public static Result run(List<String> args, int timeoutSeconds) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", jar()));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).start();
    p.getOutputStream().close();
    var out = p.getInputStream();
    var err = p.getErrorStream();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("command did not finish: " + cmd);
    }
    return new Result(
        p.exitValue(),
        new String(out.readAllBytes(), StandardCharsets.UTF_8),
        new String(err.readAllBytes(), StandardCharsets.UTF_8));
  }

  public static String jar() {
    return System.getProperty("conflictmap.jar", "target/conflictmap.jar");
  }

  public static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
