package org.conflictmap.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.geoparse.Geoparser;
import org.conflictmap.ingest.Ingest;
import org.conflictmap.ingest.ReportLines;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventStore;
import org.conflictmap.store.Report;
import org.conflictmap.store.SyntheticEvents;
import org.conflictmap.store.postgis.PostgisEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE.jsonl}: geoparses and stores reports (see {@link #importFile()}). {@code
 * import --synthetic N}: loads N synthetic events for benchmarks, in reports of {@value
 * #SYNTHETIC_PER_REPORT} events, one transaction each. Deterministic and resumable: batch k is
 * always the same report ({@code synthetic:<seed>:<k>}), so a re-run stores only what is missing.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Load reports (geoparsed, resumable) or synthetic events into the store.",
      "--synthetic N loads N plausible synthetic events (three years, front line and border"
          + " regions, all types) for benchmarks."
    })
final class ImportCommand implements Callable<Integer> {
  static final int SYNTHETIC_PER_REPORT = 1000;

  @Mixin StoreOptions store;

  @Option(names = "--synthetic", paramLabel = "N", description = "Load N synthetic events.")
  Long synthetic;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the synthetic events (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--batch",
      defaultValue = "100",
      paramLabel = "N",
      description = "Reports committed per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--verbose", description = "Print one line per stored report.")
  boolean verbose;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE.jsonl",
      description =
          "Reports, one {\"id\",\"text\",\"published\",\"url\",\"title\",\"lang\"} a line.")
  Path file;

  @Override
  public Integer call() throws Exception {
    if ((synthetic == null) == (file == null)) {
      throw new IllegalArgumentException("give either FILE.jsonl or --synthetic N");
    }
    if (file != null) {
      return importFile();
    }
    if (synthetic < 1) {
      throw new IllegalArgumentException("--synthetic must be at least 1");
    }
    try (EventStore s = store.open()) {
      Progress progress = new Progress("events", synthetic);
      SyntheticEvents generator = new SyntheticEvents(seed);
      long created = 0;
      long skipped = 0;
      for (long k = 0; k * SYNTHETIC_PER_REPORT < synthetic; k++) {
        int n = (int) Math.min(SYNTHETIC_PER_REPORT, synthetic - k * SYNTHETIC_PER_REPORT);
        List<Event> events = generator.next(n);
        String url = "synthetic:" + seed + ":" + k;
        Report report =
            Report.draft(
                url,
                "Synthetic batch " + k,
                LocalDate.of(2025, 12, 31),
                "en",
                "Synthetic events, " + url,
                "[]");
        if (s.save(report, events).created()) {
          created += n;
        } else {
          skipped += n;
        }
        progress.add(n);
      }
      progress.finish();
      foldQueued(s);
      System.out.printf(
          "imported %,d synthetic events (%,d already stored) into the %s store in %s%n",
          created, skipped, s.kind(), Progress.duration(progress.seconds()));
    }
    return 0;
  }

  /**
   * Geoparses and stores the reports of {@link #file}, {@link #batch} reports per transaction. A
   * report is acknowledged (counted, and printed with {@code --verbose}) only once its batch is
   * committed. Reports stored already (same url or text) are skipped: a re-run after an
   * interruption resumes. An invalid line stops the import after the lines before it are stored.
   */
  private int importFile() throws Exception {
    if (batch < 1) {
      throw new IllegalArgumentException("--batch must be at least 1");
    }
    long total = ReportLines.count(file);
    try (EventStore s = store.open()) {
      Ingest ingest = Ingest.over(s, Geoparser.over(Gazetteer.loadDefault()), null);
      Progress progress = new Progress("reports", total);
      long[] counts = new long[3]; // created, skipped, events
      List<ReportLines.Line> pending = new ArrayList<>(batch);
      Runnable commit =
          () -> {
            if (pending.isEmpty()) {
              return;
            }
            List<ReportLines.Line> lines = List.copyOf(pending);
            pending.clear();
            List<EventStore.Saved> saved =
                ingest.ingestAll(lines.stream().map(ReportLines.Line::submission).toList());
            for (int k = 0; k < saved.size(); k++) {
              acknowledge(lines.get(k), saved.get(k), counts);
            }
            progress.add(lines.size());
          };
      try {
        ReportLines.read(
            file,
            line -> {
              pending.add(line);
              if (pending.size() == batch) {
                commit.run();
              }
            });
      } catch (IllegalArgumentException invalidLine) {
        commit.run(); // the valid lines before it
        throw invalidLine;
      }
      commit.run();
      progress.finish();
      foldQueued(s);
      System.out.printf(
          "imported %,d reports with %,d events; %,d were stored already; %s store, %s%n",
          counts[0], counts[2], counts[1], s.kind(), Progress.duration(progress.seconds()));
    }
    return 0;
  }

  /**
   * PostGIS: adds the events still queued for the tile aggregates (migration V15) before the
   * summary, saying so, rather than silently when the store closes.
   */
  private static void foldQueued(EventStore s) {
    if (s instanceof PostgisEventStore p) {
      System.out.println("adding the last events to the tile aggregates…");
      long t0 = System.nanoTime();
      p.foldPending();
      System.out.printf(
          "tile aggregates complete in %s%n", Progress.duration((System.nanoTime() - t0) / 1e9));
    }
  }

  private void acknowledge(ReportLines.Line line, EventStore.Saved saved, long[] counts) {
    if (saved.created()) {
      counts[0]++;
      counts[2] += saved.events().size();
    } else {
      counts[1]++;
    }
    if (verbose) {
      System.out.println(
          "stored line "
              + line.number()
              + " as report "
              + saved.report().id()
              + (saved.created() ? "" : " (already stored)")
              + " with "
              + saved.events().size()
              + " events");
      System.out.flush();
    }
  }
}
