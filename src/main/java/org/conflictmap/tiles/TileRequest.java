package org.conflictmap.tiles;

import java.util.Objects;

/**
 * One tile of one layer under some filters: what a {@link TileStore} renders and what the cache is
 * keyed by (with the data version).
 *
 * @param layer a layer name, e.g. {@code events}
 * @param coord the tile
 * @param filter the event filters in canonical form
 */
public record TileRequest(String layer, TileCoord coord, TileFilter filter) {
  public TileRequest {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(coord, "coord");
    Objects.requireNonNull(filter, "filter");
  }
}
