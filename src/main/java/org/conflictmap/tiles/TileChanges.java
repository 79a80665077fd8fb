package org.conflictmap.tiles;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventStore;
import org.locationtech.jts.geom.Envelope;

/**
 * Which tiles a write can have changed, so that a tile cache keeps every other tile (and its {@code
 * ETag}) while reports stream in. Writes are numbered ({@link #current()}); a rendered tile
 * remembers the number read before it was rendered, and {@link #changedSince} says whether a later
 * write can have changed it.
 *
 * <p>The rules, per layer (a tile's reach is its bounds grown by {@link EventTiles#BUFFER} extent
 * units, where its features may lie):
 *
 * <ul>
 *   <li>{@code events}: a write changes a tile when one of its events passes the tile's filter and
 *       lies in its reach. Clusters are computed from cells inside their tile, so the same rule
 *       covers them.
 *   <li>{@code regions}: a write changes a tile when one of its events passes the tile's filter and
 *       the bounding box of that event's admin-1 region meets the tile's reach (the region's {@code
 *       eventCount} changed). An event without a region changes no count; an event whose region has
 *       no known bounds changes every regions tile.
 *   <li>any other layer ({@code boundaries}) does not depend on events and never changes.
 * </ul>
 *
 * <p>The last {@value #REMEMBERED} writes are remembered; a tile rendered before them, or before a
 * change this process could not see in detail ({@link #changedElsewhere()}: another process wrote
 * to the database), counts as changed. A write's number is taken after it commits, so a tile
 * rendered from a snapshot without the write always carries a smaller number (a tile rendered
 * between the commit and the numbering is rendered again once: the rule errs towards freshness).
 *
 * <p>Thread-safe: writers and readers share one short lock; a check scans only the writes after the
 * tile's number.
 */
public final class TileChanges implements EventStore.WriteListener {
  /** Writes remembered; older tiles are rendered again. */
  static final int REMEMBERED = 20_000;

  private final Function<String, Envelope> regionBounds;
  private final ArrayDeque<Write> writes = new ArrayDeque<>(); // guarded by this
  private long current; // guarded by this
  private long floor; // guarded by this: tiles numbered below it have changed

  /** A committed write: its number, events, and where they are (unit Web Mercator, y down). */
  private record Write(long number, List<Event> events, double[] points, Envelope[] regions) {}

  /**
   * @param regionBounds the WGS 84 bounding box of an ISO 3166-2 region, or {@code null} when
   *     unknown
   */
  public TileChanges(Function<String, Envelope> regionBounds) {
    this.regionBounds = regionBounds;
  }

  /** The number of the latest write; read it before rendering a tile. */
  public synchronized long current() {
    return current;
  }

  /**
   * True when a write numbered after {@code renderedAt} can have changed {@code request}'s tile.
   */
  public boolean changedSince(TileRequest request, long renderedAt) {
    boolean events = EventTiles.NAME.equals(request.layer());
    if (!events && !BoundaryTiles.REGIONS.equals(request.layer())) {
      return false;
    }
    Envelope reach = reach(request.coord());
    TileFilter filter = request.filter();
    synchronized (this) {
      if (renderedAt == current) {
        return false;
      }
      if (renderedAt < floor || writes.isEmpty() || writes.peekFirst().number() > renderedAt + 1) {
        return true;
      }
      Iterator<Write> newestFirst = writes.descendingIterator();
      while (newestFirst.hasNext()) {
        Write w = newestFirst.next();
        if (w.number() <= renderedAt) {
          return false;
        }
        if (touches(w, events, reach, filter)) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean touches(Write w, boolean eventsLayer, Envelope reach, TileFilter filter) {
    for (int i = 0; i < w.events().size(); i++) {
      Event e = w.events().get(i);
      if (!filter.matches(e)) {
        continue;
      }
      if (eventsLayer) {
        if (reach.contains(w.points()[2 * i], w.points()[2 * i + 1])) {
          return true;
        }
      } else if (e.admin1() != null) {
        Envelope region = w.regions()[i];
        if (region == null || region.intersects(reach)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void stored(long version, List<Event> events) {
    double[] points = new double[2 * events.size()];
    Envelope[] regions = new Envelope[events.size()];
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      points[2 * i] = unitX(e.lon());
      points[2 * i + 1] = unitY(e.lat());
      Envelope b = e.admin1() == null ? null : regionBounds.apply(e.admin1());
      if (b != null) {
        regions[i] =
            new Envelope(
                unitX(b.getMinX()), unitX(b.getMaxX()), unitY(b.getMaxY()), unitY(b.getMinY()));
      }
    }
    synchronized (this) {
      writes.addLast(new Write(++current, List.copyOf(events), points, regions));
      if (writes.size() > REMEMBERED) {
        writes.removeFirst();
      }
    }
  }

  @Override
  public synchronized void changedElsewhere() {
    floor = ++current;
    writes.clear();
  }

  /** The tile's bounds with its buffer, in unit Web Mercator coordinates (y down). */
  static Envelope reach(TileCoord c) {
    double n = 1 << c.z();
    double b = EventTileSql.BUFFER_FRACTION;
    return new Envelope((c.x() - b) / n, (c.x() + 1 + b) / n, (c.y() - b) / n, (c.y() + 1 + b) / n);
  }

  private static double unitX(double lon) {
    return WebMercator.unitX(WebMercator.x(lon));
  }

  private static double unitY(double lat) {
    double clamped = Math.max(-WebMercator.MAX_LAT, Math.min(WebMercator.MAX_LAT, lat));
    return WebMercator.unitY(WebMercator.y(clamped));
  }
}
