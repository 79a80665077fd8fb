package org.conflictmap.tiles;

/**
 * Spherical Web Mercator (EPSG:3857) arithmetic: degrees to metres and to the unit square the tile
 * pyramid divides. Pure functions; thread-safe.
 *
 * <p>The unit square has its origin at the north-west corner (x grows east, y grows south), as XYZ
 * tile rows do. Latitudes beyond {@value #MAX_LAT} are clamped to it.
 */
public final class WebMercator {
  /** Earth radius of the spherical projection, metres. */
  public static final double RADIUS = 6378137.0;

  /** Half the width of the projected world, metres: the projected x of longitude 180. */
  public static final double HALF_WORLD = Math.PI * RADIUS;

  /** The latitude at which the projected world becomes square. */
  public static final double MAX_LAT = 85.05112877980659;

  private WebMercator() {}

  /** Projected x in metres of {@code lon} degrees. */
  public static double x(double lon) {
    return Math.toRadians(lon) * RADIUS;
  }

  /** Projected y in metres of {@code lat} degrees (clamped to ±{@value #MAX_LAT}). */
  public static double y(double lat) {
    double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
    return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) * RADIUS;
  }

  /** Longitude in degrees of projected {@code x} metres. */
  public static double lon(double x) {
    return Math.toDegrees(x / RADIUS);
  }

  /** Latitude in degrees of projected {@code y} metres. */
  public static double lat(double y) {
    return Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2);
  }

  /** Position east of the antimeridian as a fraction of the world's width, 0..1. */
  public static double unitX(double metresX) {
    return (metresX + HALF_WORLD) / (2 * HALF_WORLD);
  }

  /** Position south of the top edge as a fraction of the world's height, 0..1. */
  public static double unitY(double metresY) {
    return (HALF_WORLD - metresY) / (2 * HALF_WORLD);
  }
}
