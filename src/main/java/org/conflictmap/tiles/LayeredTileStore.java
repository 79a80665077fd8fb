package org.conflictmap.tiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several tile stores behind one: each request goes to the store that serves its layer. Layers are
 * listed in the order of the stores given.
 *
 * <p>Thread-safe when its stores are.
 */
public final class LayeredTileStore implements TileStore {
  private final Map<String, TileStore> byLayer = new LinkedHashMap<>();
  private final List<TileLayer> layers = new ArrayList<>();

  /**
   * @throws IllegalArgumentException when two stores serve the same layer
   */
  public LayeredTileStore(TileStore... stores) {
    for (TileStore s : stores) {
      for (TileLayer l : s.layers()) {
        if (byLayer.putIfAbsent(l.id(), s) != null) {
          throw new IllegalArgumentException("two stores serve layer " + l.id());
        }
        layers.add(l);
      }
    }
  }

  @Override
  public List<TileLayer> layers() {
    return List.copyOf(layers);
  }

  @Override
  public byte[] tile(TileRequest request) {
    TileStore s = byLayer.get(request.layer());
    if (s == null) {
      throw new IllegalArgumentException("no tile layer '" + request.layer() + "'");
    }
    return s.tile(request);
  }
}
