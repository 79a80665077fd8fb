package org.conflictmap.store.h2gis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.conflictmap.store.EventQuery;
import org.conflictmap.store.EventStore;
import org.conflictmap.store.EventStoreContract;
import org.conflictmap.store.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2gisEventStoreTest extends EventStoreContract {
  @TempDir Path dir;
  private H2gisEventStore store;

  @BeforeEach
  void open() {
    store = H2gisEventStore.open(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Override
  protected EventStore store() {
    return store;
  }

  @Test
  void reopened_store_keeps_its_reports() {
    store.save(
        StoreFixtures.report(null, "kept"),
        List.of(StoreFixtures.event(1, "battles", "UA", "UA-14", 37.8, 48.1)));
    store.close();

    store = H2gisEventStore.open(dir);

    assertEquals(1, store.countReports());
    assertEquals(1, store.count(EventQuery.all()));
    assertEquals("embedded", store.kind());
  }
}
