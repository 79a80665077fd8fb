package org.conflictmap.tiles;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventStore;
import org.locationtech.jts.geom.Envelope;

/**
 * The version of each tile: which writes could have changed it. A write of events changes only the
 * tiles they can appear in, so the rest of the map stays cached (and keeps its {@code ETag}) while
 * reports stream in; a change this process cannot see in detail (another process wrote to the
 * database) changes every tile.
 *
 * <p>The rules, per layer:
 *
 * <ul>
 *   <li>{@code events}: a tile changes when an event lies in it or in its buffer ({@link
 *       EventTiles#BUFFER} units around it, where the tile's features reach). Clusters are computed
 *       from cells inside their tile, so the same rule covers them. Tiles are tracked down to zoom
 *       {@value #EVENTS_FINEST}; a deeper tile takes the version of its ancestor there (which may
 *       change a little more often than it).
 *   <li>{@code regions}: a tile changes when it (with its buffer) meets the bounding box of the
 *       admin-1 region of a new event, whose {@code eventCount} changed; down to zoom {@value
 *       #REGIONS_FINEST}, deeper tiles as their ancestor. An event without a region changes no
 *       count.
 *   <li>any other layer ({@code boundaries}) does not depend on events: version 0, always.
 * </ul>
 *
 * <p>Versions are numbers of this process ({@link #current()} only grows), not the database's data
 * version, so entity tags built from them must also name the process. Readers never block; writers
 * (one per stored report) are serialised.
 */
public final class TileVersions implements EventStore.WriteListener {
  /** Deepest zoom tracked for the {@code events} layer. */
  static final int EVENTS_FINEST = 12;

  /** Deepest zoom tracked for the {@code regions} layer. */
  static final int REGIONS_FINEST = 8;

  /** Beyond this many tracked tiles the map is folded into the floor (everything changes). */
  static final int MAX_TRACKED = 500_000;

  private final Function<String, Envelope> regionBounds;
  private final ConcurrentHashMap<Long, Long> changed = new ConcurrentHashMap<>();
  private volatile long floor = 1;
  private long current = 1; // guarded by this

  /**
   * @param regionBounds the WGS 84 bounding box of an ISO 3166-2 region, or {@code null} when
   *     unknown (then every tile changes)
   */
  public TileVersions(Function<String, Envelope> regionBounds) {
    this.regionBounds = regionBounds;
  }

  /** The version under which {@code request}'s tile is current. */
  public long version(TileRequest request) {
    int layer = layerCode(request.layer());
    if (layer < 0) {
      return 0;
    }
    TileCoord c = request.coord();
    int finest = layer == EVENTS ? EVENTS_FINEST : REGIONS_FINEST;
    int shift = Math.max(0, c.z() - finest);
    Long v = changed.get(key(layer, c.z() - shift, c.x() >> shift, c.y() >> shift));
    long f = floor;
    return v == null ? f : Math.max(f, v);
  }

  /** The latest version given out. */
  public synchronized long current() {
    return current;
  }

  /**
   * Records that {@code events} were stored (and committed): the tiles that can show them, and the
   * {@code regions} tiles of their regions, get a new version.
   */
  @Override
  public synchronized void stored(List<Event> events) {
    if (events.isEmpty()) {
      return;
    }
    long v = ++current;
    boolean unplaced = false;
    for (Event e : events) {
      double x = WebMercator.unitX(WebMercator.x(e.lon()));
      double y = WebMercator.unitY(WebMercator.y(clampLat(e.lat())));
      mark(EVENTS, EVENTS_FINEST, x, y, x, y, v);
      if (e.admin1() != null) {
        Envelope b = regionBounds.apply(e.admin1());
        if (b == null) {
          unplaced = true;
        } else {
          mark(
              REGIONS,
              REGIONS_FINEST,
              WebMercator.unitX(WebMercator.x(b.getMinX())),
              WebMercator.unitY(WebMercator.y(clampLat(b.getMaxY()))),
              WebMercator.unitX(WebMercator.x(b.getMaxX())),
              WebMercator.unitY(WebMercator.y(clampLat(b.getMinY()))),
              v);
        }
      }
    }
    if (unplaced || changed.size() > MAX_TRACKED) {
      changedElsewhere();
    }
  }

  /** Records a change this process cannot place (another writer): every tile changes. */
  @Override
  public synchronized void changedElsewhere() {
    floor = ++current;
    changed.clear();
  }

  /** Marks, at every zoom down to {@code finest}, the tiles whose buffered bounds meet the box. */
  private void mark(
      int layer, int finest, double minX, double minY, double maxX, double maxY, long v) {
    for (int z = 0; z <= finest; z++) {
      int n = 1 << z;
      double b = EventTileSql.BUFFER_FRACTION;
      int x0 = clamp((int) Math.floor(minX * n - b), n);
      int x1 = clamp((int) Math.floor(maxX * n + b), n);
      int y0 = clamp((int) Math.floor(minY * n - b), n);
      int y1 = clamp((int) Math.floor(maxY * n + b), n);
      for (int x = x0; x <= x1; x++) {
        for (int y = y0; y <= y1; y++) {
          changed.put(key(layer, z, x, y), v);
        }
      }
    }
  }

  private static final int EVENTS = 0;
  private static final int REGIONS = 1;

  private static int layerCode(String layer) {
    return switch (layer) {
      case EventTiles.NAME -> EVENTS;
      case BoundaryTiles.REGIONS -> REGIONS;
      default -> -1;
    };
  }

  private static long key(int layer, int z, int x, int y) {
    return ((long) layer << 62) | ((long) z << 56) | ((long) x << 28) | y;
  }

  private static int clamp(int v, int n) {
    return Math.max(0, Math.min(n - 1, v));
  }

  private static double clampLat(double lat) {
    return Math.max(-WebMercator.MAX_LAT, Math.min(WebMercator.MAX_LAT, lat));
  }
}
