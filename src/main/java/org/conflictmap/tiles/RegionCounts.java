package org.conflictmap.tiles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventStore;

/**
 * Events per admin-1 region under a tile filter, for the {@code regions} choropleth: one {@code
 * countByRegion} query per filter, shared by every tile of a map view and kept until a write
 * changes it.
 *
 * <p>How counts stay exact under writes: a write drops the cached counts of the filters its events
 * match (the others cannot have changed); a change made elsewhere drops all. Counts still being
 * loaded when a write commits are not in the cache yet, so they carry the write sequence number
 * read before their query; the first read of them checks the recent writes after that number and
 * loads again when one matches (a write whose number was taken before the query had committed
 * before it, so the query saw it).
 *
 * <p>Thread-safe. Register it on the store with {@link EventStore#addWriteListener}.
 */
public final class RegionCounts implements EventStore.WriteListener {
  /** Writes remembered for the check of fresh counts; older loads are simply loaded again. */
  static final int RECENT_WRITES = 4096;

  private final EventStore store;
  private final Cache<TileFilter, Counts> cache = Caffeine.newBuilder().maximumSize(1_000).build();
  private final ArrayDeque<Write> recent = new ArrayDeque<>(); // guarded by itself
  private long sequence; // guarded by recent

  private record Write(long sequence, List<Event> events) {}

  private static final class Counts {
    final Map<String, Long> byRegion;
    final long loadedAfter;
    volatile boolean checked;

    Counts(Map<String, Long> byRegion, long loadedAfter) {
      this.byRegion = byRegion;
      this.loadedAfter = loadedAfter;
    }
  }

  public RegionCounts(EventStore store) {
    this.store = store;
  }

  /** ISO 3166-2 code to number of matching events; regions without events are absent. */
  public Map<String, Long> counts(TileFilter filter) {
    while (true) {
      Counts c = cache.get(filter, this::load);
      if (c.checked) {
        return c.byRegion;
      }
      if (!changedSince(filter, c.loadedAfter)) {
        c.checked = true;
        return c.byRegion;
      }
      cache.asMap().remove(filter, c);
    }
  }

  private Counts load(TileFilter f) {
    long before;
    synchronized (recent) {
      before = sequence;
    }
    Map<String, Long> m = new HashMap<>();
    for (EventStore.RegionCount c : store.countByRegion(f.toQuery())) {
      m.merge(c.admin1(), c.count(), Long::sum);
    }
    return new Counts(Map.copyOf(m), before);
  }

  /** True when a write numbered after {@code after} may have changed the counts of {@code f}. */
  private boolean changedSince(TileFilter f, long after) {
    synchronized (recent) {
      if (after == sequence) {
        return false;
      }
      if (recent.isEmpty() || recent.peekFirst().sequence() > after + 1) {
        return true; // forgotten, or dropped by a change elsewhere
      }
      for (Write w : recent) {
        if (w.sequence() > after && matchesAny(f, w.events())) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean matchesAny(TileFilter f, List<Event> events) {
    for (Event e : events) {
      if (e.admin1() != null && f.matches(e)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void stored(List<Event> events) {
    synchronized (recent) {
      recent.addLast(new Write(++sequence, events));
      if (recent.size() > RECENT_WRITES) {
        recent.removeFirst();
      }
    }
    for (TileFilter f : List.copyOf(cache.asMap().keySet())) {
      if (matchesAny(f, events)) {
        cache.invalidate(f);
      }
    }
  }

  @Override
  public void changedElsewhere() {
    synchronized (recent) {
      sequence++;
      recent.clear();
    }
    cache.invalidateAll();
  }
}
