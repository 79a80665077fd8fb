package org.conflictmap.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.store.EventStore;

/**
 * The OGC API - Features resources that describe the service: landing page {@code /}, {@code
 * /conformance}, {@code /collections} and {@code /collections/{id}}. Items are served by the
 * controllers of each collection.
 */
public final class OgcController {

  /** Conformance classes this service implements (Part 1: Core, GeoJSON, OpenAPI 3.0). */
  public static final List<String> CONFORMS_TO =
      List.of(
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");

  private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

  /**
   * A feature collection the service offers.
   *
   * @param id path segment
   * @param title short name
   * @param description what its features are
   * @param bbox CRS84 extent {minLon, minLat, maxLon, maxLat}
   */
  public record CollectionInfo(String id, String title, String description, double[] bbox) {}

  private final List<CollectionInfo> collections;
  private final EventStore store;

  /**
   * @param store gives the temporal extent of the {@code events} collection
   */
  public OgcController(List<CollectionInfo> collections, EventStore store) {
    this.collections = List.copyOf(collections);
    this.store = store;
  }

  public void landing(Context ctx) {
    String base = Links.base(ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "conflictmap");
    body.put(
        "description",
        "Dated, typed, located events read from news reports about armed conflict, as OGC API -"
            + " Features, vector tiles, stats and exports.");
    body.put(
        "links",
        List.of(
            Links.link(base + "/", "self", Links.JSON, "This document"),
            Links.link(base + "/api", "service-desc", Links.OPENAPI, "The API definition"),
            Links.link(base + "/conformance", "conformance", Links.JSON, "Conformance classes"),
            Links.link(base + "/collections", "data", Links.JSON, "Feature collections"),
            Links.link(base + "/tiles", "tiles", Links.JSON, "Vector tile layers"),
            Links.link(base + "/map/", "alternate", "text/html", "The demo map")));
    ctx.json(body);
  }

  public void conformance(Context ctx) {
    ctx.json(Map.of("conformsTo", CONFORMS_TO));
  }

  public void collections(Context ctx) {
    String base = Links.base(ctx);
    List<Object> list = new ArrayList<>();
    for (CollectionInfo c : collections) {
      list.add(describe(base, c, interval(c)));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "links",
        List.of(Links.link(base + "/collections", "self", Links.JSON, "Feature collections")));
    body.put("collections", list);
    ctx.json(body);
  }

  public void collection(Context ctx) {
    String id = ctx.pathParam("collectionId");
    CollectionInfo c =
        collections.stream()
            .filter(x -> x.id().equals(id))
            .findFirst()
            .orElseThrow(
                () -> ProblemException.notFound("no collection '" + EventFilters.clip(id) + "'"));
    ctx.json(describe(Links.base(ctx), c, interval(c)));
  }

  /** The collection's temporal extent: the first and last event dates for events, else open. */
  private List<Object> interval(CollectionInfo c) {
    if (c.id().equals("events")) {
      var range = store.dateRange();
      if (range.isPresent()) {
        return Arrays.asList(range.get().first() + "T00:00:00Z", range.get().last() + "T23:59:59Z");
      }
    }
    return Arrays.asList((Object) null, null);
  }

  private static Map<String, Object> describe(
      String base, CollectionInfo c, List<Object> interval) {
    String self = base + "/collections/" + c.id();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("title", c.title());
    m.put("description", c.description());
    m.put("itemType", "feature");
    m.put("crs", List.of(CRS84));
    m.put(
        "extent",
        Map.of(
            "spatial",
                Map.of("bbox", List.of(Arrays.stream(c.bbox()).boxed().toList()), "crs", CRS84),
            "temporal",
                Map.of(
                    "interval",
                    List.of(interval),
                    "trs",
                    "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian")));
    m.put(
        "links",
        List.of(
            Links.link(self, "self", Links.JSON, c.title()),
            Links.link(self + "/items", "items", Links.GEOJSON, c.title() + " as GeoJSON")));
    return m;
  }
}
