package org.conflictmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventStore;
import org.conflictmap.store.StoreFixtures;
import org.conflictmap.store.h2gis.H2gisEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The choropleth counts follow writes exactly, also while they are read and loaded concurrently.
 */
class RegionCountsTest {
  static final String[] REGIONS = {"UA-14", "UA-63", "UA-23", "RU-KRS"};
  static final String[] TYPES = {"battles", "riots"};
  static final List<TileFilter> FILTERS =
      List.of(
          TileFilter.none(),
          new TileFilter(null, null, List.of("riots"), null, null, null),
          new TileFilter(LocalDate.of(2025, 4, 10), null, null, null, null, null),
          new TileFilter(null, LocalDate.of(2025, 4, 9), List.of("battles"), null, null, null));

  @TempDir Path dir;
  H2gisEventStore store;
  RegionCounts counts;

  @BeforeEach
  void open() {
    store = H2gisEventStore.open(dir);
    counts = new RegionCounts(store);
    store.addWriteListener(counts);
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Event event(int i) {
    return StoreFixtures.event(
        1 + i % 28, TYPES[i % 2], "UA", i % 7 == 0 ? null : REGIONS[i % 4], 37.0, 48.0);
  }

  Map<String, Long> truth(TileFilter f) {
    Map<String, Long> m = new HashMap<>();
    for (EventStore.RegionCount c : store.countByRegion(f.toQuery())) {
      m.put(c.admin1(), c.count());
    }
    return m;
  }

  @Test
  void counts_add_the_events_of_each_write_without_counting_again() {
    store.save(StoreFixtures.report(null, "first"), List.of(event(1), event(2), event(3)));
    for (TileFilter f : FILTERS) {
      assertEquals(truth(f), counts.counts(f), f.toString());
    }
    store.save(StoreFixtures.report(null, "second"), List.of(event(4), event(5), event(13)));
    for (TileFilter f : FILTERS) {
      assertEquals(truth(f), counts.counts(f), f.toString());
    }
  }

  @Test
  void counts_stay_exact_under_concurrent_writes_and_reads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    AtomicBoolean writing = new AtomicBoolean(true);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        int thread = t;
        writers.add(
            pool.submit(
                () -> {
                  for (int r = 0; r < 40; r++) {
                    int i = thread * 1000 + r * 3;
                    store.save(
                        StoreFixtures.report(null, "report " + i),
                        List.of(event(i), event(i + 1), event(i + 2)));
                  }
                  return null;
                }));
      }
      List<Future<?>> readers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        readers.add(
            pool.submit(
                () -> {
                  while (writing.get()) {
                    for (TileFilter f : FILTERS) {
                      counts.counts(f);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> w : writers) {
        w.get();
      }
      writing.set(false);
      for (Future<?> r : readers) {
        r.get();
      }
    } finally {
      pool.shutdownNow();
    }
    for (TileFilter f : FILTERS) {
      assertEquals(truth(f), counts.counts(f), f.toString());
    }
  }

  @Test
  void a_change_made_elsewhere_is_counted_again() throws Exception {
    store.save(StoreFixtures.report(null, "kept"), List.of(event(1), event(2)));
    assertEquals(truth(TileFilter.none()), counts.counts(TileFilter.none()));
    try (Connection c = store.pool().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM events WHERE type = 'riots'");
      s.execute("UPDATE data_version SET version = version + 1");
    }
    store.reloadVersion();

    assertEquals(truth(TileFilter.none()), counts.counts(TileFilter.none()));
  }
}
