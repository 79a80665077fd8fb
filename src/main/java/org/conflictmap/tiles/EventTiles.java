package org.conflictmap.tiles;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of the {@code events} layer, shared by both tile stores so that they draw the same
 * tiles.
 *
 * <ul>
 *   <li>Up to zoom {@value #CLUSTER_MAX_ZOOM}, and at any zoom where more than {@value #MAX_POINTS}
 *       matching events lie inside a tile (its own cells, the buffer not counted), the layer holds
 *       <em>clusters</em>: the tile is cut into a grid of {@value #CELLS}×{@value #CELLS} cells
 *       (cells are the tiles of zoom z+{@value #CELL_SHIFT}); each cell with events gives one point
 *       at the mean Web Mercator position of its events, with {@code cluster=true}, {@code count}
 *       and {@code type}, the most frequent event type (ties go to the alphabetically first). An
 *       event belongs to the one cell that holds it, so counts add up across tiles; clusters carry
 *       no feature id.
 *   <li>Otherwise each event is one point with feature id = event id and the properties of {@link
 *       #LAYER}; events up to {@value #BUFFER} extent units outside the tile are included, so
 *       symbols at tile edges are not cut.
 *   <li>{@code regionLevel=true} marks events located only to their region (geoPrecision 3): the
 *       point is the region's representative point, not a place.
 * </ul>
 */
public final class EventTiles {
  /** Name of the layer inside the tile and in the URL. */
  public static final String NAME = "events";

  /** MVT extent: tile-local coordinates run 0..4096. */
  public static final int EXTENT = 4096;

  /** Extent units of buffer around a tile for points. */
  public static final int BUFFER = 64;

  /** Highest zoom that always clusters. */
  public static final int CLUSTER_MAX_ZOOM = 7;

  /** Most single points a tile carries; above it the tile clusters. */
  public static final int MAX_POINTS = 4000;

  /** log2 of the cells per tile side. */
  public static final int CELL_SHIFT = 5;

  /** Cells per tile side. */
  public static final int CELLS = 1 << CELL_SHIFT;

  /** Highest zoom with new detail; clients overzoom beyond. */
  public static final int MAX_ZOOM = 16;

  public static final TileLayer LAYER = layer();

  private EventTiles() {}

  private static TileLayer layer() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("id", "Number");
    f.put("date", "String");
    f.put("type", "String");
    f.put("subType", "String");
    f.put("geoPrecision", "Number");
    f.put("country", "String");
    f.put("admin1", "String");
    f.put("reportId", "Number");
    f.put("regionLevel", "Boolean");
    f.put("cluster", "Boolean");
    f.put("count", "Number");
    return new TileLayer(
        NAME,
        "Events as points; clusters (cluster=true, count, dominant type) up to zoom "
            + CLUSTER_MAX_ZOOM
            + " and wherever a tile would exceed "
            + MAX_POINTS
            + " events. regionLevel=true: located only to its region.",
        0,
        MAX_ZOOM,
        f,
        true);
  }

  /** True when tiles at zoom {@code z} always cluster. */
  public static boolean alwaysClusters(int z) {
    return z <= CLUSTER_MAX_ZOOM;
  }
}
