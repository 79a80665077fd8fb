package org.conflictmap.tiles;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Builds one {@code events} tile in Java from the events that fall in it, by the rules of {@link
 * EventTiles}: feed every matching event within the tile and its buffer to {@link #add}, then call
 * {@link #encode}. The embedded store uses it; the PostGIS store does the same in SQL.
 *
 * <p>Not thread-safe: one encoder per tile.
 */
public final class EventTileEncoder {
  private static final GeometryFactory TILE_GEOMETRY = new GeometryFactory();
  private static final MvtLayerParams PARAMS = new MvtLayerParams(EventTiles.EXTENT);

  private final TileCoord coord;
  private final Envelope tile;
  private final boolean clusterAlways;
  private final List<EventPoint> points = new ArrayList<>();
  private final Map<Integer, Cell> cells = new TreeMap<>();
  private boolean clustering;
  private int inside;

  public EventTileEncoder(TileCoord coord) {
    this.coord = coord;
    this.tile = coord.envelope();
    this.clusterAlways = EventTiles.alwaysClusters(coord.z());
    this.clustering = clusterAlways;
  }

  /**
   * Adds one matching event; events outside the tile and its buffer are ignored. The tile switches
   * to clusters once more than {@link EventTiles#MAX_POINTS} events lie inside it (its own cells;
   * the buffer is drawn but not counted).
   */
  public void add(EventPoint e) {
    if (!clustering) {
      if (inBuffer(e)) {
        points.add(e);
      }
      if (cellOf(e) >= 0) {
        inside++;
      }
      if (inside > EventTiles.MAX_POINTS) {
        clustering = true;
        for (EventPoint p : points) {
          addToCell(p);
        }
        points.clear();
      }
      return;
    }
    addToCell(e);
  }

  private boolean inBuffer(EventPoint e) {
    double margin = tile.getWidth() * EventTiles.BUFFER / EventTiles.EXTENT;
    return e.x() >= tile.getMinX() - margin
        && e.x() <= tile.getMaxX() + margin
        && e.y() >= tile.getMinY() - margin
        && e.y() <= tile.getMaxY() + margin;
  }

  private void addToCell(EventPoint e) {
    int local = cellOf(e);
    if (local < 0) {
      return; // the event's cell belongs to a neighbouring tile
    }
    cells.computeIfAbsent(local, k -> new Cell()).add(e);
  }

  /** The event's cell within this tile (row * 32 + column), or -1 when it is outside the tile. */
  private int cellOf(EventPoint e) {
    int level = coord.z() + EventTiles.CELL_SHIFT;
    long n = 1L << level;
    long gx = clamp((long) Math.floor(WebMercator.unitX(e.x()) * n), n);
    long gy = clamp((long) Math.floor(WebMercator.unitY(e.y()) * n), n);
    if ((gx >> EventTiles.CELL_SHIFT) != coord.x() || (gy >> EventTiles.CELL_SHIFT) != coord.y()) {
      return -1;
    }
    return (int) ((gy & (EventTiles.CELLS - 1)) * EventTiles.CELLS + (gx & (EventTiles.CELLS - 1)));
  }

  private static long clamp(long v, long n) {
    return Math.max(0, Math.min(n - 1, v));
  }

  /** The tile's MVT bytes; empty when no event fell in it. */
  public byte[] encode() {
    List<Geometry> features = new ArrayList<>();
    if (clustering) {
      for (Cell c : cells.values()) {
        Point p = tilePoint(c.sumX / c.count, c.sumY / c.count);
        if (p == null) {
          continue;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("cluster", Boolean.TRUE);
        props.put("count", c.count);
        props.put("type", c.dominantType());
        p.setUserData(props);
        features.add(p);
      }
    } else {
      for (EventPoint e : points) {
        Point p = tilePoint(e.x(), e.y());
        if (p == null) {
          continue;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("fid", e.id());
        props.put("id", e.id());
        props.put("date", e.date().toString());
        props.put("type", e.type());
        props.put("subType", e.subType());
        props.put("geoPrecision", e.geoPrecision());
        props.put("country", e.country());
        props.put("admin1", e.admin1());
        props.put("reportId", e.reportId());
        props.put("regionLevel", e.geoPrecision() == 3);
        p.setUserData(props);
        features.add(p);
      }
    }
    if (features.isEmpty()) {
      return new byte[0];
    }
    JtsLayer layer = new JtsLayer(EventTiles.NAME, features, EventTiles.EXTENT);
    return MvtEncoder.encode(new JtsMvt(layer), PARAMS, new FeatureIdConverter());
  }

  /**
   * The tile-local point (0..extent, y down) of a Web Mercator position, rounded to whole units;
   * {@code null} when it lies beyond the buffer.
   */
  Point tilePoint(double x, double y) {
    double px = Math.rint((x - tile.getMinX()) / tile.getWidth() * EventTiles.EXTENT);
    double py = Math.rint((tile.getMaxY() - y) / tile.getHeight() * EventTiles.EXTENT);
    if (px < -EventTiles.BUFFER
        || py < -EventTiles.BUFFER
        || px > EventTiles.EXTENT + EventTiles.BUFFER
        || py > EventTiles.EXTENT + EventTiles.BUFFER) {
      return null;
    }
    return TILE_GEOMETRY.createPoint(new Coordinate(px, py));
  }

  /** Events of one cluster cell. */
  private static final class Cell {
    long count;
    double sumX;
    double sumY;
    final Map<String, Long> byType = new HashMap<>();

    void add(EventPoint e) {
      count++;
      sumX += e.x();
      sumY += e.y();
      byType.merge(e.type(), 1L, Long::sum);
    }

    String dominantType() {
      String best = null;
      long bestCount = -1;
      for (Map.Entry<String, Long> t : byType.entrySet()) {
        if (t.getValue() > bestCount
            || (t.getValue() == bestCount && t.getKey().compareTo(best) < 0)) {
          best = t.getKey();
          bestCount = t.getValue();
        }
      }
      return best;
    }
  }

  /** Writes the {@code fid} entry as the feature id, every other non-null entry as a tag. */
  private static final class FeatureIdConverter extends UserDataKeyValueMapConverter {
    FeatureIdConverter() {
      super();
    }

    @Override
    public void addTags(
        Object userData,
        io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerProps layerProps,
        io.github.sebasbaumh.mapbox.vectortile.VectorTile.Tile.Feature.Builder featureBuilder) {
      @SuppressWarnings("unchecked")
      Map<String, Object> props = (Map<String, Object>) userData;
      Object fid = props.remove("fid");
      super.addTags(props, layerProps, featureBuilder);
      if (fid instanceof Long id) {
        featureBuilder.setId(id);
      }
    }
  }
}
