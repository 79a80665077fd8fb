package org.conflictmap.geoparse;

/** Small spherical geometry helpers. */
public final class GeoMath {
  private GeoMath() {}

  /** Great-circle distance in km between two WGS 84 points (sphere of radius 6371 km). */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double a =
        Math.pow(Math.sin((p2 - p1) / 2), 2)
            + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
    return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }
}
