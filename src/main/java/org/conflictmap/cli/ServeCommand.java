package org.conflictmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.conflictmap.App;
import org.conflictmap.AppConfig;
import org.conflictmap.ingest.ReportLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: runs the HTTP service until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the API, tiles and demo map.",
      "Uses the embedded store in --data unless --db names a PostGIS database."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "0.0.0.0",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--data",
      defaultValue = "./data",
      description = "Directory of the embedded store (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--db",
      description = {
        "PostGIS JDBC URL, e.g. jdbc:postgresql://localhost:5432/conflictmap.",
        "Credentials in the URL or in CONFLICTMAP_DB_USER / CONFLICTMAP_DB_PASSWORD."
      })
  String db;

  @Option(
      names = "--write-token",
      description = {
        "Bearer token required for writes (or CONFLICTMAP_WRITE_TOKEN).",
        "Without one, only loopback clients may write."
      })
  String writeToken;

  @Option(
      names = "--max-body",
      defaultValue = "2097152",
      description = "Largest request body in bytes (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(
      names = "--samples",
      paramLabel = "FILE.jsonl",
      description = "Reports to ingest at start (those stored already are skipped).")
  Path samples;

  @Option(
      names = "--no-prewarm",
      description =
          "Listen at once, without first preparing the boundary shapes and the world's tiles of"
              + " zooms 0-2 (a few seconds); the first map view is then slower.")
  boolean noPrewarm;

  @Override
  public Integer call() throws Exception {
    String token = writeToken != null ? writeToken : System.getenv("CONFLICTMAP_WRITE_TOKEN");
    AppConfig config = new AppConfig(host, port, data, db, token, maxBody);
    App app = App.open(config);
    if (!noPrewarm) {
      long warm = app.prewarm(); // the first map view after start is then as fast as later ones
      System.out.println(
          "conflictmap: boundary shapes and low-zoom tiles prepared in " + warm + " ms");
    }
    app.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  stopped.countDown();
                }));
    if (samples != null) {
      int[] created = {0};
      ReportLines.read(
          samples, line -> created[0] += app.ingest().ingest(line.submission()).created() ? 1 : 0);
      System.out.println("conflictmap: " + created[0] + " sample reports stored from " + samples);
    }
    String shown = "0.0.0.0".equals(host) ? "localhost" : host;
    System.out.println(
        "conflictmap serving on http://"
            + shown
            + ":"
            + app.port()
            + "/ (store: "
            + app.store().kind()
            + ")");
    stopped.await();
    return 0;
  }
}
