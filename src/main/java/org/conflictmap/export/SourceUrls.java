package org.conflictmap.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.conflictmap.store.EventStore;
import org.conflictmap.store.Report;

/**
 * Source URLs of reports for exports, with a small LRU cache (events of a report come together).
 */
final class SourceUrls {
  private static final int CAPACITY = 1024;
  private final EventStore store;
  private final Map<Long, String> cache =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
          return size() > CAPACITY;
        }
      };

  SourceUrls(EventStore store) {
    this.store = store;
  }

  /** The url of the report, or {@code null} when it has none. */
  String of(long reportId) {
    if (cache.containsKey(reportId)) {
      return cache.get(reportId);
    }
    String url = store.findReport(reportId).map(Report::url).orElse(null);
    cache.put(reportId, url);
    return url;
  }
}
