package org.conflictmap.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictmap.Json;
import org.conflictmap.gazetteer.Boundary;
import org.conflictmap.gazetteer.Candidate;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.RegionMatch;

/**
 * The gazetteer over HTTP:
 *
 * <ul>
 *   <li>{@code GET /geocode?q=&country=&kind=&limit=}: ranked candidates as a GeoJSON
 *       FeatureCollection of points.
 *   <li>{@code GET /reverse?lat=&lon=}: the country and region containing a point (or nearest to it
 *       within {@link Gazetteer#COAST_TOLERANCE}); 404 farther out at sea.
 * </ul>
 *
 * Bad parameters answer 400 problems naming the parameter. Thread-safe.
 */
public final class GeocodeController {
  /** The most candidates one {@code /geocode} answers. */
  public static final int MAX_LIMIT = 100;

  private final Gazetteer gazetteer;

  public GeocodeController(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** {@code GET /geocode}. */
  public void geocode(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw ProblemException.badRequest("parameter 'q' is required: the place name to look up");
    }
    if (Gazetteer.normalize(q).isEmpty()) {
      throw ProblemException.badRequest("parameter 'q' has no letters or digits");
    }
    String country = countryParam(ctx);
    Place.Kind kind = null;
    String k = ctx.queryParam("kind");
    if (k != null && !k.isBlank()) {
      try {
        kind = Place.Kind.parse(k);
      } catch (IllegalArgumentException e) {
        throw ProblemException.badRequest("parameter 'kind': " + e.getMessage());
      }
    }
    int limit = intParam(ctx, "limit", 10, 1, MAX_LIMIT);
    List<Candidate> found = gazetteer.search(q, country, kind, limit);
    StringBuilder sb = new StringBuilder(256 + found.size() * 320);
    sb.append("{\"type\":\"FeatureCollection\",\"numberReturned\":")
        .append(found.size())
        .append(",\"features\":[");
    for (int i = 0; i < found.size(); i++) {
      Candidate c = found.get(i);
      Place p = c.place();
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("name", p.name());
      props.put("kind", p.kind().wireName());
      props.put("country", p.country());
      props.put("admin1", p.admin1());
      props.put("geonameId", p.geonameId());
      props.put("wikidataId", p.wikidataId());
      props.put("population", p.population());
      props.put("featureCode", p.featureCode());
      props.put("score", c.score());
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
          .append(p.lon())
          .append(',')
          .append(p.lat())
          .append("]},\"properties\":")
          .append(Json.write(props))
          .append('}');
    }
    sb.append("]}");
    ctx.contentType(BoundaryFeatures.GEOJSON + "; charset=utf-8")
        .result(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** {@code GET /reverse}. */
  public void reverse(Context ctx) {
    double lat = coordinate(ctx, "lat", 90);
    double lon = coordinate(ctx, "lon", 180);
    RegionMatch m =
        gazetteer
            .reverse(lat, lon)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "no region contains lat="
                            + lat
                            + ", lon="
                            + lon
                            + " or lies within "
                            + Gazetteer.COAST_TOLERANCE
                            + "° of it: the point is at sea or outside every mapped region"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("lat", lat);
    body.put("lon", lon);
    body.put("country", m.country() == null ? null : summary(m.country()));
    body.put("region", summary(m.region()));
    ctx.json(body);
  }

  private static Map<String, Object> summary(Boundary b) {
    Map<String, Object> s = BoundaryFeatures.properties(b);
    s.remove("names");
    s.put("id", b.id());
    return s;
  }

  // ------------------------------------------------------------------ parameters

  private static String countryParam(Context ctx) {
    String c = ctx.queryParam("country");
    if (c == null || c.isBlank()) {
      return null;
    }
    if (!c.trim().matches("[A-Za-z]{2}")) {
      throw ProblemException.badRequest(
          "parameter 'country' must be an ISO 3166-1 alpha-2 code such as UA; got '" + c + "'");
    }
    return c.trim().toUpperCase(Locale.ROOT);
  }

  private static double coordinate(Context ctx, String name, double bound) {
    String s = ctx.queryParam(name);
    if (s == null || s.isBlank()) {
      throw ProblemException.badRequest("parameter '" + name + "' is required (decimal degrees)");
    }
    double d;
    try {
      d = Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      d = Double.NaN;
    }
    if (!(d >= -bound && d <= bound)) {
      throw ProblemException.badRequest(
          "parameter '"
              + name
              + "' must be a number of degrees from -"
              + (int) bound
              + " to "
              + (int) bound
              + "; got '"
              + s
              + "'");
    }
    return d;
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String s = ctx.queryParam(name);
    if (s == null || s.isBlank()) {
      return dflt;
    }
    try {
      int v = Integer.parseInt(s.trim());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ProblemException.badRequest(
        "parameter '"
            + name
            + "' must be an integer from "
            + min
            + " to "
            + max
            + "; got '"
            + s
            + "'");
  }
}
