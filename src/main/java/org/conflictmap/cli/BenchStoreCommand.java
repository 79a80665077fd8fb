package org.conflictmap.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictmap.Json;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventStore;
import org.conflictmap.store.Report;
import org.conflictmap.store.SyntheticEvents;
import org.conflictmap.store.h2gis.H2gisEventStore;
import org.conflictmap.store.postgis.PostgisEventStore;
import org.conflictmap.store.postgis.PostgisSettings;
import org.postgresql.PGConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench store}: events per second written by {@link EventStore#save} (batched inserts, one
 * transaction per report) into the embedded store and, with {@code --db}, into PostGIS next to
 * PostgreSQL's own {@code COPY} of the same rows into the same table. Runs alternate between the
 * methods so that drift in a noisy machine hits both; the median of the runs is reported. Rows it
 * writes into PostGIS are deleted at the end (use a scratch database all the same).
 */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = "Insert rate of the stores (events/s), next to PostgreSQL COPY.")
final class BenchStoreCommand implements Callable<Integer> {

  @Option(
      names = "--db",
      description = "PostGIS JDBC URL (scratch database); omit for embedded only.")
  String db;

  @Option(
      names = "--events",
      defaultValue = "20000",
      description = "Events per run (default: ${DEFAULT-VALUE}).")
  int events;

  @Option(
      names = "--per-report",
      defaultValue = "1000",
      description = "Events per report, i.e. per transaction (default: ${DEFAULT-VALUE}).")
  int perReport;

  @Option(
      names = "--runs",
      defaultValue = "5",
      description = "Measured runs (default: ${DEFAULT-VALUE}).")
  int runs;

  private int reportSerial;

  @Override
  public Integer call() throws Exception {
    System.out.printf(
        "bench store: %,d events per run in reports of %,d, %d runs after 1 warm-up%n",
        events, perReport, runs);
    Path dir = Files.createTempDirectory("conflictmap-bench");
    try (H2gisEventStore embedded = H2gisEventStore.open(dir)) {
      double[] rates = new double[runs];
      insertRate(embedded);
      for (int i = 0; i < runs; i++) {
        rates[i] = insertRate(embedded);
      }
      print("embedded (H2GIS) batched insert", rates);
    } finally {
      deleteTree(dir);
    }
    if (db != null) {
      try (PostgisEventStore postgis =
          PostgisEventStore.open(PostgisSettings.fromEnvironment(db))) {
        double[] insert = new double[runs];
        double[] copy = new double[runs];
        insertRate(postgis);
        copyRate(postgis);
        for (int i = 0; i < runs; i++) {
          insert[i] = insertRate(postgis);
          copy[i] = copyRate(postgis);
        }
        double mi = print("postgis batched insert", insert);
        double mc = print("postgis COPY (same rows)", copy);
        System.out.printf("insert / COPY = %.2f%n", mi / mc);
        cleanUp(postgis);
      }
    }
    return 0;
  }

  private double insertRate(EventStore store) {
    List<List<Event>> batches = batches();
    long t0 = System.nanoTime();
    for (List<Event> batch : batches) {
      store.save(nextReport(), batch);
    }
    return events / ((System.nanoTime() - t0) / 1e9);
  }

  private double copyRate(PostgisEventStore store) throws SQLException, IOException {
    List<List<Event>> batches = batches();
    List<Long> reportIds = new ArrayList<>();
    for (int i = 0; i < batches.size(); i++) {
      reportIds.add(store.save(nextReport(), List.of()).report().id());
    }
    StringBuilder rows = new StringBuilder();
    long t0 = System.nanoTime();
    try (Connection c = store.pool().getConnection()) {
      var copy = c.unwrap(PGConnection.class).getCopyAPI();
      for (int i = 0; i < batches.size(); i++) {
        rows.setLength(0);
        for (Event e : batches.get(i)) {
          appendCopyRow(rows, reportIds.get(i), e);
        }
        copy.copyIn(
            "COPY events (report_id, event_date, date_precision, type, sub_type, place_name, kind,"
                + " country, admin1, geoname_id, geom, geo_precision, actors, confidence,"
                + " evidence_start, evidence_end, evidence) FROM STDIN",
            new StringReader(rows.toString()));
      }
    }
    return events / ((System.nanoTime() - t0) / 1e9);
  }

  private List<List<Event>> batches() {
    SyntheticEvents generator = new SyntheticEvents(42 + reportSerial);
    List<List<Event>> out = new ArrayList<>();
    for (int done = 0; done < events; done += perReport) {
      out.add(generator.next(Math.min(perReport, events - done)));
    }
    return out;
  }

  private Report nextReport() {
    int n = reportSerial++;
    return Report.draft(
        "bench:" + System.nanoTime() + ":" + n,
        "benchmark",
        LocalDate.now(),
        "en",
        "benchmark report " + System.nanoTime() + " " + n,
        "[]");
  }

  static void appendCopyRow(StringBuilder b, long reportId, Event e) {
    b.append(reportId).append('\t');
    b.append(e.date()).append('\t');
    b.append(e.datePrecision().name()).append('\t');
    text(b, e.type()).append('\t');
    text(b, e.subType()).append('\t');
    text(b, e.placeName()).append('\t');
    b.append(e.kind().name()).append('\t');
    text(b, e.country()).append('\t');
    text(b, e.admin1()).append('\t');
    b.append(e.geonameId() == null ? "\\N" : e.geonameId().toString()).append('\t');
    b.append("SRID=4326;POINT(").append(e.lon()).append(' ').append(e.lat()).append(")\t");
    b.append(e.geoPrecision()).append('\t');
    text(b, Json.write(e.actors())).append('\t');
    b.append(e.confidence()).append('\t');
    b.append(e.evidence().start()).append('\t');
    b.append(e.evidence().end()).append('\t');
    text(b, e.evidence().sentence()).append('\n');
  }

  /** COPY text format: NULL is \N; backslash, tab, newline and carriage return are escaped. */
  private static StringBuilder text(StringBuilder b, String s) {
    if (s == null) {
      return b.append("\\N");
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(ch);
      }
    }
    return b;
  }

  private static double print(String label, double[] rates) {
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    System.out.printf(
        "%-34s median %,10.0f events/s   (min %,.0f, max %,.0f)%n",
        label, median, sorted[0], sorted[sorted.length - 1]);
    return median;
  }

  private static void cleanUp(PostgisEventStore store) throws SQLException {
    try (Connection c = store.pool().getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM reports WHERE url LIKE ?")) {
      ps.setString(1, "bench:%");
      ps.executeUpdate();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
