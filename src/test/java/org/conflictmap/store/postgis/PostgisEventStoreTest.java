package org.conflictmap.store.postgis;

import org.conflictmap.TestDatabases;
import org.conflictmap.store.EventStore;
import org.conflictmap.store.EventStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

class PostgisEventStoreTest extends EventStoreContract {
  private static PostgisEventStore store;
  private static String url;

  @BeforeAll
  static void open() {
    url = TestDatabases.postgisUrl();
    store = PostgisEventStore.open(PostgisSettings.fromEnvironment(url));
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void empty() {
    TestDatabases.truncate(url);
    store.reloadVersion();
  }

  @Override
  protected EventStore store() {
    return store;
  }
}
