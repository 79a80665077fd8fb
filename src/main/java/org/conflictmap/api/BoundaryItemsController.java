package org.conflictmap.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictmap.Json;
import org.conflictmap.gazetteer.Boundary;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.store.EventQuery;
import org.conflictmap.store.EventStore;
import org.locationtech.jts.geom.Envelope;

/**
 * The boundary collections of OGC API - Features: {@code /collections/regions/items} (admin-1
 * regions with {@code eventCount} and {@code lastEventDate} for the event filters: the choropleth
 * layer) and {@code /collections/countries/items}, each with {@code …/items/{featureId}}.
 *
 * <p>Items take {@code bbox} (features whose polygon envelope meets the box), {@code limit}
 * (default {@value EventFilters#DEFAULT_LIMIT}, max {@value #MAX_LIMIT}), {@code offset}, {@code
 * simplify} (degrees), {@code country} (ISO 3166-1 alpha-2, comma-separated) and, for regions, the
 * event filters ({@code datetime}, {@code type}, {@code geoPrecision}, {@code q}, {@code region})
 * that decide the counts; {@code region} also limits the regions listed. Unknown parameters are 400
 * problems. Thread-safe.
 */
public final class BoundaryItemsController {
  public static final int MAX_LIMIT = 5000;

  /** The coarsest simplification accepted, in degrees. */
  public static final double MAX_SIMPLIFY = 1.0;

  private static final Set<String> REGION_PARAMS =
      Set.of(
          "bbox",
          "limit",
          "offset",
          "simplify",
          "country",
          "datetime",
          "type",
          "geoPrecision",
          "q",
          "region",
          "f");

  /** Countries have no time: {@code datetime} is validated and matches every country. */
  private static final Set<String> COUNTRY_PARAMS =
      Set.of("bbox", "limit", "offset", "simplify", "country", "datetime", "f");

  private final Gazetteer gazetteer;
  private final EventStore store;
  private final Map<String, Boundary> regionsById = new HashMap<>();
  private final Map<String, Boundary> countriesById = new HashMap<>();

  public BoundaryItemsController(Gazetteer gazetteer, EventStore store) {
    this.gazetteer = gazetteer;
    this.store = store;
    gazetteer.regions().forEach(b -> regionsById.put(b.id(), b));
    gazetteer.countries().forEach(b -> countriesById.put(b.id(), b));
  }

  public void regions(Context ctx) {
    EventFilters.requireKnown(ctx, REGION_PARAMS);
    EventQuery events =
        EventFilters.from(ctx, EventFilters.DEFAULT_LIMIT).withBbox(null).withCountries(List.of());
    Paging page = Paging.of(ctx);
    if (HttpCaching.notModified(ctx, store.version())) {
      return;
    }
    Map<String, EventStore.RegionCount> counts = new HashMap<>();
    for (EventStore.RegionCount c :
        store.countByRegion(events.withRegions(List.of()).withPage(0, 0))) {
      counts.put(c.admin1(), c);
    }
    List<Boundary> matched = new ArrayList<>();
    for (Boundary b : gazetteer.regions()) {
      if (keep(b, page) && (events.regions().isEmpty() || events.regions().contains(b.code()))) {
        matched.add(b);
      }
    }
    write(
        ctx,
        "regions",
        matched,
        page,
        b -> {
          EventStore.RegionCount c = counts.get(b.code());
          Map<String, Object> extra = new LinkedHashMap<>();
          extra.put("eventCount", c == null ? 0 : c.count());
          extra.put("lastEventDate", c == null ? null : c.lastEventDate().toString());
          return extra;
        });
  }

  public void countries(Context ctx) {
    EventFilters.requireKnown(ctx, COUNTRY_PARAMS);
    EventFilters.datetime(ctx.queryParam("datetime"));
    Paging page = Paging.of(ctx);
    List<Boundary> matched = gazetteer.countries().stream().filter(b -> keep(b, page)).toList();
    write(ctx, "countries", matched, page, b -> Map.of());
  }

  public void region(Context ctx) {
    item(ctx, "regions", regionsById.get(ctx.pathParam("featureId")));
  }

  public void country(Context ctx) {
    item(ctx, "countries", countriesById.get(ctx.pathParam("featureId")));
  }

  private void item(Context ctx, String collection, Boundary b) {
    if (b == null) {
      throw ProblemException.notFound(
          "no feature '" + EventFilters.clip(ctx.pathParam("featureId")) + "' in " + collection);
    }
    double tolerance = Paging.simplify(ctx);
    String base = Links.base(ctx);
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put(
        "links",
        List.of(
            Links.link(base + ctx.path(), "self", Links.GEOJSON, b.place().name()),
            Links.link(base + "/collections/" + collection, "collection", Links.JSON, collection)));
    // links sit in the properties' sibling position: BoundaryFeatures writes them as properties,
    // so build the feature and splice the links in at the top level instead.
    String feature = BoundaryFeatures.feature(b, tolerance, Map.of());
    String links = Json.write(extra.get("links"));
    String body = feature.substring(0, feature.length() - 1) + ",\"links\":" + links + "}";
    ctx.contentType(Links.GEOJSON + "; charset=utf-8")
        .result(body.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean keep(Boundary b, Paging page) {
    if (!page.countries().isEmpty() && !page.countries().contains(b.place().country())) {
      return false;
    }
    if (page.bbox() == null) {
      return true;
    }
    Envelope e = b.geometry().getEnvelopeInternal();
    EventQuery.BBox q = page.bbox();
    List<Envelope> boxes =
        q.crossesAntimeridian()
            ? List.of(
                new Envelope(q.minLon(), 180, q.minLat(), q.maxLat()),
                new Envelope(-180, q.maxLon(), q.minLat(), q.maxLat()))
            : List.of(new Envelope(q.minLon(), q.maxLon(), q.minLat(), q.maxLat()));
    for (Envelope box : boxes) {
      // the envelope first (cheap), then the polygon itself: a country's parts may straddle a box
      if (e.intersects(box) && b.geometry().intersects(b.geometry().getFactory().toGeometry(box))) {
        return true;
      }
    }
    return false;
  }

  private static void write(
      Context ctx,
      String collection,
      List<Boundary> matched,
      Paging page,
      java.util.function.Function<Boundary, Map<String, Object>> extra) {
    int from = (int) Math.min(matched.size(), page.offset());
    int to = (int) Math.min(matched.size(), page.offset() + page.limit());
    List<Boundary> items = matched.subList(from, to);
    String self = Links.base(ctx) + ctx.path();
    List<Map<String, Object>> links = new ArrayList<>();
    links.add(
        Links.link(
            self + Links.withPage(ctx, page.offset(), page.limit()),
            "self",
            Links.GEOJSON,
            "this page"));
    if (to < matched.size()) {
      links.add(
          Links.link(
              self + Links.withPage(ctx, to, page.limit()), "next", Links.GEOJSON, "next page"));
    }
    if (page.offset() > 0) {
      links.add(
          Links.link(
              self + Links.withPage(ctx, Math.max(0, page.offset() - page.limit()), page.limit()),
              "prev",
              Links.GEOJSON,
              "previous page"));
    }
    links.add(
        Links.link(
            Links.base(ctx) + "/collections/" + collection, "collection", Links.JSON, collection));
    StringBuilder sb = new StringBuilder(items.size() * 4096 + 512);
    sb.append("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Boundary b = items.get(i);
      sb.append(BoundaryFeatures.feature(b, page.simplify(), extra.apply(b)));
    }
    sb.append("],\"numberMatched\":").append(matched.size());
    sb.append(",\"numberReturned\":").append(items.size());
    sb.append(",\"timeStamp\":")
        .append(Json.write(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
    sb.append(",\"links\":").append(Json.write(links)).append('}');
    ctx.contentType(Links.GEOJSON + "; charset=utf-8")
        .result(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The boundary-side parameters of a request. */
  record Paging(
      EventQuery.BBox bbox, int limit, long offset, double simplify, List<String> countries) {
    static Paging of(Context ctx) {
      List<String> countries = new ArrayList<>();
      String raw = ctx.queryParam("country");
      if (raw != null && !raw.isBlank()) {
        for (String c : raw.split(",")) {
          String v = c.strip().toUpperCase(java.util.Locale.ROOT);
          if (!v.matches("[A-Z]{2}")) {
            throw EventFilters.bad(
                "country",
                "'" + EventFilters.clip(c) + "' is not an ISO 3166-1 alpha-2 code such as UA");
          }
          countries.add(v);
        }
      }
      return new Paging(
          EventFilters.bbox(ctx.queryParam("bbox")),
          EventFilters.intParam(ctx, "limit", EventFilters.DEFAULT_LIMIT, 1, MAX_LIMIT),
          EventFilters.longParam(ctx, "offset", 0, 0, EventFilters.MAX_OFFSET),
          simplify(ctx),
          countries);
    }

    static double simplify(Context ctx) {
      String s = ctx.queryParam("simplify");
      if (s == null || s.isBlank()) {
        return 0;
      }
      double d;
      try {
        d = Double.parseDouble(s.strip());
      } catch (NumberFormatException e) {
        d = Double.NaN;
      }
      if (!(d >= 0 && d <= MAX_SIMPLIFY)) {
        throw EventFilters.bad(
            "simplify", "must be a tolerance in degrees from 0 to " + MAX_SIMPLIFY);
      }
      return d;
    }
  }
}
