package org.conflictmap.tiles;

import java.util.List;

/**
 * Renders Mapbox Vector Tiles (MVT 2.1, extent {@value EventTiles#EXTENT}). Implementations: {@link
 * PostgisTileStore} (one SQL statement per tile), {@link EmbeddedTileStore} (rows from H2GIS,
 * encoded in Java), and {@link CachingTileStore} around either.
 *
 * <p>Implementations are thread-safe.
 */
public interface TileStore {

  /** The layers this store renders, in a stable order. */
  List<TileLayer> layers();

  /**
   * The uncompressed MVT bytes of one tile; an empty array when nothing falls in it.
   *
   * @throws IllegalArgumentException when the layer is not one of {@link #layers()}
   * @throws org.conflictmap.store.StoreException when the database fails
   */
  byte[] tile(TileRequest request);
}
