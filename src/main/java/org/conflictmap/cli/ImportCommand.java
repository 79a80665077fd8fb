package org.conflictmap.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventStore;
import org.conflictmap.store.Report;
import org.conflictmap.store.SyntheticEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code import --synthetic N}: loads N synthetic events for benchmarks, in reports of {@value
 * #SYNTHETIC_PER_REPORT} events, one transaction each. Deterministic and resumable: batch k is
 * always the same report ({@code synthetic:<seed>:<k>}), so a re-run stores only what is missing.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Load events into the store.",
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

  @Override
  public Integer call() {
    if (synthetic == null) {
      throw new IllegalArgumentException(
          "give --synthetic N (importing report files needs the geoparser)");
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
      System.out.printf(
          "imported %,d synthetic events (%,d already stored) into the %s store in %s%n",
          created, skipped, s.kind(), Progress.duration(progress.seconds()));
    }
    return 0;
  }
}
