package org.conflictmap.tiles;

import org.locationtech.jts.geom.Envelope;

/**
 * One tile of the XYZ pyramid in Web Mercator: zoom {@code z}, column {@code x} (west to east) and
 * row {@code y} (north to south), as MapLibre, GDAL and {@code ST_TileEnvelope} count them.
 *
 * @param z zoom, {@value #MIN_ZOOM}..{@value #MAX_ZOOM}
 * @param x column, 0..2<sup>z</sup>-1
 * @param y row, 0..2<sup>z</sup>-1
 */
public record TileCoord(int z, int x, int y) {
  public static final int MIN_ZOOM = 0;
  public static final int MAX_ZOOM = 20;

  /**
   * @throws IllegalArgumentException naming the first component out of range
   */
  public TileCoord {
    if (z < MIN_ZOOM || z > MAX_ZOOM) {
      throw new IllegalArgumentException(
          "zoom must be " + MIN_ZOOM + ".." + MAX_ZOOM + ", was " + z);
    }
    int n = 1 << z;
    if (x < 0 || x >= n) {
      throw new IllegalArgumentException(
          "x must be 0.." + (n - 1) + " at zoom " + z + ", was " + x);
    }
    if (y < 0 || y >= n) {
      throw new IllegalArgumentException(
          "y must be 0.." + (n - 1) + " at zoom " + z + ", was " + y);
    }
  }

  public static TileCoord ofXYZ(int x, int y, int z) {
    return new TileCoord(z, x, y);
  }

  /** The tile at zoom {@code z} holding {@code lon, lat} (degrees). */
  public static TileCoord containing(double lon, double lat, int z) {
    int n = 1 << z;
    int x = clamp((int) Math.floor(WebMercator.unitX(WebMercator.x(lon)) * n), n);
    int y = clamp((int) Math.floor(WebMercator.unitY(WebMercator.y(lat)) * n), n);
    return new TileCoord(z, x, y);
  }

  private static int clamp(int v, int n) {
    return Math.max(0, Math.min(n - 1, v));
  }

  /** Width (and height) of the tile in projected metres. */
  public double size() {
    return 2 * WebMercator.HALF_WORLD / (1 << z);
  }

  /** The tile's bounds in EPSG:3857 metres, the same box as {@code ST_TileEnvelope(z, x, y)}. */
  public Envelope envelope() {
    double s = size();
    double minX = -WebMercator.HALF_WORLD + x * s;
    double maxY = WebMercator.HALF_WORLD - y * s;
    return new Envelope(minX, minX + s, maxY - s, maxY);
  }

  /** The bounds grown by {@code fraction} of the tile's size on every side. */
  public Envelope envelope(double fraction) {
    Envelope e = envelope();
    e.expandBy(size() * fraction);
    return e;
  }

  @Override
  public String toString() {
    return z + "/" + x + "/" + y;
  }
}
