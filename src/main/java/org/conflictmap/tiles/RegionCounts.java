package org.conflictmap.tiles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.Map;
import org.conflictmap.store.EventStore;

/**
 * Events per admin-1 region under a tile filter, for the {@code regions} choropleth: one {@code
 * countByRegion} query per (filter, data version), shared by every tile of a map view. A write
 * changes the version, so counts read before it are not used again.
 *
 * <p>Thread-safe.
 */
public final class RegionCounts {
  private final EventStore store;
  private final Cache<Key, Map<String, Long>> cache =
      Caffeine.newBuilder().maximumSize(1_000).build();

  private record Key(TileFilter filter, long version) {}

  public RegionCounts(EventStore store) {
    this.store = store;
  }

  /** ISO 3166-2 code to number of matching events; regions without events are absent. */
  public Map<String, Long> counts(TileFilter filter) {
    return cache.get(
        new Key(filter, store.dataVersion()),
        k -> {
          Map<String, Long> m = new HashMap<>();
          for (EventStore.RegionCount c : store.countByRegion(k.filter().toQuery())) {
            m.merge(c.admin1(), c.count(), Long::sum);
          }
          return Map.copyOf(m);
        });
  }
}
