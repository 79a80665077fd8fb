package org.conflictmap.tiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A TileJSON 3.0.0 document for one layer, serialised as is by Jackson.
 *
 * @param tilejson always {@value #VERSION}
 * @param name the layer name
 * @param description what it shows
 * @param version version of the tileset's schema
 * @param attribution credits for the data
 * @param scheme always {@code xyz}
 * @param tiles URL templates with {@code {z}/{x}/{y}} and the request's filter parameters
 * @param minzoom lowest zoom
 * @param maxzoom highest zoom
 * @param bounds west, south, east, north in degrees
 * @param center longitude, latitude, zoom
 * @param vectorLayers the layers inside the tiles, with their field types
 */
public record TileJson(
    String tilejson,
    String name,
    String description,
    String version,
    String attribution,
    String scheme,
    List<String> tiles,
    int minzoom,
    int maxzoom,
    double[] bounds,
    double[] center,
    @JsonProperty("vector_layers") List<VectorLayer> vectorLayers) {

  public static final String VERSION = "3.0.0";

  public static final String ATTRIBUTION = "Natural Earth; GeoNames (CC BY 4.0)";

  /** The world as Web Mercator shows it. */
  static final double[] WORLD = {-180, -WebMercator.MAX_LAT, 180, WebMercator.MAX_LAT};

  /**
   * One entry of {@code vector_layers}.
   *
   * @param id layer name inside the tiles
   * @param description what its features are
   * @param minzoom lowest zoom
   * @param maxzoom highest zoom
   * @param fields attribute name to type
   */
  public record VectorLayer(
      String id, String description, int minzoom, int maxzoom, Map<String, String> fields) {}

  /**
   * The document for {@code layer}, its tiles served under {@code baseUrl} (scheme, host, port)
   * with {@code filter}'s parameters.
   */
  public static TileJson of(TileLayer layer, String baseUrl, TileFilter filter) {
    String query = filter.queryString();
    String template =
        baseUrl
            + "/tiles/"
            + layer.id()
            + "/{z}/{x}/{y}.mvt"
            + (query.isEmpty() ? "" : "?" + query);
    return new TileJson(
        VERSION,
        layer.id(),
        layer.description(),
        "1.0.0",
        ATTRIBUTION,
        "xyz",
        List.of(template),
        layer.minzoom(),
        layer.maxzoom(),
        WORLD.clone(),
        new double[] {0, 0, layer.minzoom()},
        List.of(
            new VectorLayer(
                layer.id(),
                layer.description(),
                layer.minzoom(),
                layer.maxzoom(),
                layer.fields())));
  }
}
