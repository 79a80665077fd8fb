package org.conflictmap.tiles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventStore;

/**
 * Events per admin-1 region under a tile filter, for the {@code regions} choropleth: one {@code
 * countByRegion} query per filter, shared by every tile of a map view, then kept exact by adding
 * the new events of each write, so streaming reports never make the map count again.
 *
 * <p>How the counts stay exact: a count is read together with the data version of its snapshot
 * ({@link EventStore#countByRegionVersioned}), so it holds every write up to that version and none
 * after. Writes of this process arrive with their versions ({@link
 * EventStore.WriteListener#stored}); each count adds the matching events of every write with a
 * greater version, exactly once: the writes that arrive while it is visible in the cache, and, when
 * it is first read, those remembered from while it was being loaded. A change made elsewhere drops
 * every count; so does a load that outlived the {@value #REMEMBERED} remembered writes.
 *
 * <p>Thread-safe. Register it on the store with {@link EventStore#addWriteListener}.
 */
public final class RegionCounts implements EventStore.WriteListener {
  /** Writes remembered for counts still being loaded. */
  static final int REMEMBERED = 4096;

  private final EventStore store;
  private final Cache<TileFilter, Counts> cache = Caffeine.newBuilder().maximumSize(1_000).build();
  private final ArrayDeque<Write> recent = new ArrayDeque<>(); // guarded by itself
  private long forgotten = -1; // guarded by recent: highest version no longer remembered
  private long epoch; // guarded by recent: changes elsewhere seen

  private record Write(long version, List<Event> events) {}

  /** The counts of one filter, as of {@code base} plus the writes in {@code applied}. */
  private static final class Counts {
    final TileFilter filter;
    final long base;
    final long epoch;
    final Map<String, Long> byRegion; // guarded by this
    final TreeSet<Long> applied = new TreeSet<>(); // guarded by this
    volatile boolean caughtUp;

    Counts(TileFilter filter, Map<String, Long> byRegion, long base, long epoch) {
      this.filter = filter;
      this.byRegion = byRegion;
      this.base = base;
      this.epoch = epoch;
    }

    synchronized void apply(Write w) {
      if (w.version() <= base || !applied.add(w.version())) {
        return;
      }
      while (applied.size() > REMEMBERED) {
        applied.pollFirst(); // older writes are never delivered again
      }
      for (Event e : w.events()) {
        if (e.admin1() != null && filter.matches(e)) {
          byRegion.merge(e.admin1(), 1L, Long::sum);
        }
      }
    }

    synchronized Map<String, Long> snapshot() {
      return Map.copyOf(byRegion);
    }
  }

  public RegionCounts(EventStore store) {
    this.store = store;
  }

  /** ISO 3166-2 code to number of matching events; regions without events are absent. */
  public Map<String, Long> counts(TileFilter filter) {
    Counts c = cache.get(filter, this::load);
    if (!c.caughtUp && !catchUp(c)) {
      cache.asMap().remove(filter, c);
      c = load(filter); // this caller's own, exact as of its snapshot
      if (!catchUp(c)) {
        return c.snapshot();
      }
      cache.asMap().putIfAbsent(filter, c);
    }
    return c.snapshot();
  }

  private Counts load(TileFilter f) {
    long epochBefore;
    synchronized (recent) {
      epochBefore = epoch;
    }
    EventStore.Versioned<List<EventStore.RegionCount>> read =
        store.countByRegionVersioned(f.toQuery());
    Map<String, Long> m = new HashMap<>();
    for (EventStore.RegionCount rc : read.value()) {
      m.merge(rc.admin1(), rc.count(), Long::sum);
    }
    return new Counts(f, m, read.version(), epochBefore);
  }

  /**
   * Adds the remembered writes after the count's snapshot; false when some may be forgotten or a
   * change elsewhere happened since its load began (the count must be read again).
   */
  private boolean catchUp(Counts c) {
    List<Write> after;
    synchronized (recent) {
      if (c.epoch != epoch || forgotten > c.base) {
        return false;
      }
      after = recent.stream().filter(w -> w.version() > c.base).toList();
    }
    for (Write w : after) {
      c.apply(w);
    }
    c.caughtUp = true;
    return true;
  }

  @Override
  public void stored(long version, List<Event> events) {
    Write w = new Write(version, List.copyOf(events));
    synchronized (recent) {
      recent.addLast(w);
      if (recent.size() > REMEMBERED) {
        forgotten = Math.max(forgotten, recent.removeFirst().version());
      }
    }
    for (Counts c : cache.asMap().values()) {
      c.apply(w);
    }
  }

  @Override
  public void changedElsewhere() {
    synchronized (recent) {
      epoch++;
      recent.clear();
    }
    cache.invalidateAll();
  }
}
