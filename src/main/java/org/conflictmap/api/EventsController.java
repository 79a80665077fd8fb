package org.conflictmap.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflictmap.Json;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventQuery;
import org.conflictmap.store.EventStore;

/**
 * {@code /collections/events/items} and {@code /collections/events/items/{featureId}}: events as
 * GeoJSON with the filters of {@link EventFilters}, paged by {@code limit}/{@code offset}, with
 * {@code numberMatched}, {@code numberReturned}, {@code timeStamp} and self/next/prev links.
 */
public final class EventsController {
  private final EventStore store;

  public EventsController(EventStore store) {
    this.store = store;
  }

  public void items(Context ctx) throws IOException {
    EventFilters.requireKnown(ctx, EventFilters.ITEM_PARAMS);
    EventQuery q = EventFilters.from(ctx);
    if (HttpCaching.notModified(ctx, store.version())) {
      return;
    }
    EventStore.Page<Event> page = store.query(q);
    String self = Links.base(ctx) + ctx.path();
    List<Map<String, Object>> links = new ArrayList<>();
    links.add(
        Links.link(
            self + Links.withPage(ctx, q.offset(), q.limit()), "self", Links.GEOJSON, "this page"));
    if (q.offset() + page.items().size() < page.numberMatched()) {
      links.add(
          Links.link(
              self + Links.withPage(ctx, q.offset() + q.limit(), q.limit()),
              "next",
              Links.GEOJSON,
              "next page"));
    }
    if (q.offset() > 0) {
      links.add(
          Links.link(
              self + Links.withPage(ctx, Math.max(0, q.offset() - q.limit()), q.limit()),
              "prev",
              Links.GEOJSON,
              "previous page"));
    }
    links.add(
        Links.link(Links.base(ctx) + "/collections/events", "collection", Links.JSON, "Events"));
    ctx.contentType(Links.GEOJSON);
    try (OutputStream out = ctx.outputStream();
        JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (Event e : page.items()) {
        EventGeoJson.write(g, e);
      }
      g.writeEndArray();
      g.writeNumberField("numberMatched", page.numberMatched());
      g.writeNumberField("numberReturned", page.items().size());
      g.writeStringField("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      g.writeFieldName("links");
      Json.MAPPER.writeValue(g, links);
      g.writeEndObject();
    }
  }

  public void item(Context ctx) throws IOException {
    long id = featureId(ctx.pathParam("featureId"));
    Event e =
        store.findEvent(id).orElseThrow(() -> ProblemException.notFound("no event with id " + id));
    String base = Links.base(ctx);
    ctx.contentType(Links.GEOJSON);
    try (OutputStream out = ctx.outputStream();
        JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      EventGeoJson.write(
          g,
          e,
          List.of(
              Links.link(base + ctx.path(), "self", Links.GEOJSON, "this event"),
              Links.link(base + "/collections/events", "collection", Links.JSON, "Events"),
              Links.link(base + "/reports/" + e.reportId(), "related", Links.JSON, "its report")));
    }
  }

  static long featureId(String raw) {
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException ignored) {
      // fall through
    }
    throw ProblemException.notFound("no event with id '" + EventFilters.clip(raw) + "'");
  }
}
