package org.conflictmap.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.conflictmap.Json;
import org.conflictmap.gazetteer.Boundary;
import org.conflictmap.gazetteer.Place;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Writes country and region polygons as RFC 7946 GeoJSON features: longitude/latitude, exterior
 * rings counter-clockwise, no {@code crs} member, five decimals (about 1 m, the data's precision).
 *
 * <p>Reusable by any collection that shows boundaries (e.g. regions with an event count): pass the
 * extra properties as a function. Stateless and thread-safe.
 */
public final class BoundaryFeatures {
  /** The media type of GeoJSON responses. */
  public static final String GEOJSON = "application/geo+json";

  private BoundaryFeatures() {}

  /**
   * The properties every boundary feature carries: {@code code} (ISO 3166-2 or ISO 3166-1 alpha-2),
   * {@code name}, {@code kind}, {@code country}, {@code admin1}, {@code type}, {@code geonameId},
   * {@code wikidataId}, {@code names} (by language).
   */
  public static Map<String, Object> properties(Boundary b) {
    Place p = b.place();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", b.code());
    m.put("name", p.name());
    m.put("kind", p.kind().wireName());
    m.put("country", p.country());
    m.put("admin1", p.admin1());
    m.put("type", b.type());
    m.put("geonameId", p.geonameId());
    m.put("wikidataId", p.wikidataId());
    m.put("names", b.names());
    return m;
  }

  /**
   * One feature: {@code id} the boundary's id, the geometry simplified to {@code tolerance} degrees
   * (0 for none; topology of each polygon preserved, borders shared with neighbours may then
   * diverge by up to the tolerance), the {@link #properties} plus {@code extra}'s (which win).
   */
  public static String feature(Boundary b, double tolerance, Map<String, Object> extra) {
    Geometry g = b.geometry();
    if (tolerance > 0) {
      g = TopologyPreservingSimplifier.simplify(g, tolerance);
    }
    Map<String, Object> props = properties(b);
    props.putAll(extra);
    return "{\"type\":\"Feature\",\"id\":"
        + Json.write(b.id())
        + ",\"geometry\":"
        + writer().write(g)
        + ",\"properties\":"
        + Json.write(props)
        + "}";
  }

  /**
   * A FeatureCollection of {@code boundaries} with {@code numberMatched} and {@code numberReturned}
   * (OGC API - Features), each feature as {@link #feature}.
   */
  public static String collection(
      List<Boundary> boundaries, double tolerance, Function<Boundary, Map<String, Object>> extra) {
    StringBuilder sb = new StringBuilder(boundaries.size() * 2048);
    sb.append("{\"type\":\"FeatureCollection\",\"numberMatched\":")
        .append(boundaries.size())
        .append(",\"numberReturned\":")
        .append(boundaries.size())
        .append(",\"features\":[");
    for (int i = 0; i < boundaries.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Boundary b = boundaries.get(i);
      sb.append(feature(b, tolerance, extra.apply(b)));
    }
    return sb.append("]}").toString();
  }

  /** A fresh writer: {@link GeoJsonWriter} is not documented as thread-safe. */
  static GeoJsonWriter writer() {
    GeoJsonWriter w = new GeoJsonWriter(5);
    w.setEncodeCRS(false);
    w.setForceCCW(true);
    return w;
  }
}
