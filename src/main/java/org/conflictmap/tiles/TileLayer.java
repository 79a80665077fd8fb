package org.conflictmap.tiles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A vector layer as TileJSON's {@code vector_layers} describes it.
 *
 * @param id the layer name inside the tiles and in the URL
 * @param description what its features are
 * @param minzoom lowest zoom served
 * @param maxzoom highest zoom with new detail (clients overzoom beyond)
 * @param fields attribute name to TileJSON type ({@code Number}, {@code String}, {@code Boolean}),
 *     in a stable order
 * @param filtered true when the event filters change its tiles; other layers ignore them (and share
 *     one cache entry per tile)
 */
public record TileLayer(
    String id,
    String description,
    int minzoom,
    int maxzoom,
    Map<String, String> fields,
    boolean filtered) {
  public TileLayer {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
