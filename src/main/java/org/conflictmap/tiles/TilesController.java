package org.conflictmap.tiles;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictmap.api.EventFilters;
import org.conflictmap.api.ProblemException;
import org.conflictmap.store.EventQuery;

/**
 * The tile routes: {@code GET /tiles} (the layers), {@code GET /tiles/{layer}} (TileJSON 3.0.0) and
 * {@code GET /tiles/{layer}/{z}/{x}/{y}.mvt}.
 *
 * <p>A tile answers {@code application/vnd.mapbox-vector-tile}, gzip-encoded when the client
 * accepts it, {@code 204} when empty, with an {@code ETag} naming the request and the data version
 * ({@code 304} on a matching {@code If-None-Match}, checked before anything is rendered) and {@code
 * Cache-Control: public, max-age=}{@value #MAX_AGE_SECONDS}. Filters are those of the items
 * endpoint: {@code datetime}, {@code type}, {@code region}, {@code country}, {@code geoPrecision};
 * {@code bbox}, {@code limit} and {@code offset} are ignored, {@code q} is refused. Bad coordinates
 * and bad filters are 400 problems, an unknown layer 404.
 *
 * <p>Thread-safe (stateless beyond the store).
 */
public final class TilesController {
  public static final String MVT = "application/vnd.mapbox-vector-tile";

  /** How long any cache may reuse a tile without asking again. */
  public static final int MAX_AGE_SECONDS = 60;

  private final CachingTileStore tiles;

  public TilesController(CachingTileStore tiles) {
    this.tiles = tiles;
  }

  /** {@code GET /tiles}. */
  public void list(Context ctx) {
    String base = baseUrl(ctx);
    List<Map<String, Object>> layers = new ArrayList<>();
    for (TileLayer l : tiles.layers()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", l.id());
      m.put("description", l.description());
      m.put("minzoom", l.minzoom());
      m.put("maxzoom", l.maxzoom());
      m.put("tilejson", base + "/tiles/" + l.id());
      m.put("tiles", base + "/tiles/" + l.id() + "/{z}/{x}/{y}.mvt");
      layers.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("layers", layers);
    body.put("attribution", TileJson.ATTRIBUTION);
    ctx.json(body);
  }

  /** {@code GET /tiles/{layer}}. */
  public void tileJson(Context ctx) {
    TileLayer layer = layer(ctx.pathParam("layer"));
    ctx.json(TileJson.of(layer, baseUrl(ctx), filter(ctx, layer)));
  }

  /** {@code GET /tiles/{layer}/{z}/{x}/{y}.mvt}. */
  public void tile(Context ctx) {
    TileLayer layer = layer(ctx.pathParam("layer"));
    TileCoord coord = coord(ctx.pathParam("z"), ctx.pathParam("x"), ctx.pathParam("file"));
    TileRequest request = new TileRequest(layer.id(), coord, filter(ctx, layer));
    CachingTileStore.EncodedTile tile = tiles.get(request);
    String etag = tiles.etag(request, tile);
    boolean gzip = acceptsGzip(ctx.header("Accept-Encoding"));
    String tag = gzip ? gzipTag(etag) : etag;
    ctx.header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
    ctx.header("Vary", "Accept-Encoding");
    ctx.header("ETag", tag);
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    if (tile.isEmpty()) {
      ctx.status(204);
      return;
    }
    ctx.contentType(MVT);
    if (gzip) {
      ctx.header("Content-Encoding", "gzip");
      ctx.result(tile.gzip());
    } else {
      ctx.result(tile.raw());
    }
  }

  private TileLayer layer(String id) {
    for (TileLayer l : tiles.layers()) {
      if (l.id().equals(id)) {
        return l;
      }
    }
    throw ProblemException.notFound(
        "no tile layer '"
            + clip(id)
            + "'; layers: "
            + String.join(", ", tiles.layers().stream().map(TileLayer::id).toList()));
  }

  /** Parses z, x and {@code y.mvt} into a tile, with 400 problems for anything else. */
  static TileCoord coord(String z, String x, String yFile) {
    if (!yFile.endsWith(".mvt")) {
      throw ProblemException.notFound("tiles end in .mvt, not '" + clip(yFile) + "'");
    }
    int zi = integer("z", z);
    int xi = integer("x", x);
    int yi = integer("y", yFile.substring(0, yFile.length() - 4));
    try {
      return new TileCoord(zi, xi, yi);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("tile " + zi + "/" + xi + "/" + yi + ": " + e.getMessage());
    }
  }

  private static int integer(String name, String raw) {
    if (!raw.matches("\\d{1,9}")) {
      throw ProblemException.badRequest(
          "tile " + name + " must be a non-negative integer, was '" + clip(raw) + "'");
    }
    return Integer.parseInt(raw);
  }

  /** The request's filters, validated; none for a layer they do not change. */
  private static TileFilter filter(Context ctx, TileLayer layer) {
    if (ctx.queryParam("q") != null && !ctx.queryParam("q").isBlank()) {
      throw ProblemException.badRequest(
          "parameter 'q': free-text search is not available on tiles; use the items endpoint");
    }
    EventQuery q = EventFilters.from(ctx);
    return layer.filtered() ? TileFilter.of(q) : TileFilter.none();
  }

  /** True when {@code Accept-Encoding} allows gzip (a {@code q=0} refuses it). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
      String[] p = part.strip().split(";");
      String coding = p[0].strip();
      if (coding.equals("gzip") || coding.equals("*")) {
        for (int i = 1; i < p.length; i++) {
          String param = p[i].strip().replace(" ", "");
          if (param.matches("q=0(\\.0*)?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  static String gzipTag(String etag) {
    return etag.substring(0, etag.length() - 1) + "-gz\"";
  }

  /**
   * Weak comparison of {@code If-None-Match} with a tile's tag, in either encoding: {@code *}, or
   * any listed tag equal to it.
   */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String gz = gzipTag(etag);
    for (String t : ifNoneMatch.split(",")) {
      String tag = t.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(etag) || tag.equals(gz)) {
        return true;
      }
    }
    return false;
  }

  private static String baseUrl(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  private static String clip(String s) {
    String c = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    return c.replaceAll("\\p{Cntrl}", "?");
  }
}
