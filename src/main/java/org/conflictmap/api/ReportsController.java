package org.conflictmap.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.Json;
import org.conflictmap.ingest.Ingest;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventStore;
import org.conflictmap.store.Report;

/** {@code GET /reports} and {@code GET /reports/{id}}: stored reports with mentions and events. */
public final class ReportsController {
  public static final int MAX_LIMIT = 1000;

  private final EventStore store;
  private final Ingest ingest;
  private final WriteAccess writeAccess;

  /**
   * @param ingest the ingest path, or {@code null} when this service has no geoparser (then {@code
   *     POST /reports} is not offered)
   */
  public ReportsController(EventStore store, Ingest ingest, WriteAccess writeAccess) {
    this.store = store;
    this.ingest = ingest;
    this.writeAccess = writeAccess;
  }

  /**
   * {@code POST /reports}: 201 with {@code Location} and the report's mentions and events, or 200
   * with the stored report when it was stored before (nothing new is stored).
   */
  public void create(Context ctx) throws IOException {
    // Read the body first (413 above the limit): answering before it is read makes Jetty close
    // the connection under a client that is still sending, and the client never sees the problem.
    ctx.bodyAsBytes();
    writeAccess.check(ctx);
    Ingest.Submission submission = ReportSubmission.read(ctx);
    EventStore.Saved saved = ingest.ingest(submission);
    String location = Links.base(ctx) + "/reports/" + saved.report().id();
    ctx.header("Location", location);
    ctx.status(saved.created() ? 201 : 200);
    Map<String, Object> body = full(ctx, saved.report(), saved.events());
    body.put("created", saved.created());
    ctx.json(body);
  }

  public void list(Context ctx) {
    int limit = EventFilters.intParam(ctx, "limit", 20, 1, MAX_LIMIT);
    long offset = EventFilters.longParam(ctx, "offset", 0, 0, EventFilters.MAX_OFFSET);
    if (HttpCaching.notModified(ctx, store.version())) {
      return;
    }
    List<Map<String, Object>> items =
        store.listReports(limit, offset).stream().map(r -> summary(ctx, r)).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reports", items);
    body.put("numberMatched", store.countReports());
    body.put("numberReturned", items.size());
    ctx.json(body);
  }

  public void get(Context ctx) throws IOException {
    long id = EventsController.featureId(ctx.pathParam("id"));
    Report r =
        store
            .findReport(id)
            .orElseThrow(() -> ProblemException.notFound("no report with id " + id));
    ctx.json(full(ctx, r, store.eventsOf(id)));
  }

  /** The body of {@code GET /reports/{id}} and of {@code POST /reports}. */
  public static Map<String, Object> full(Context ctx, Report r, List<Event> events)
      throws IOException {
    Map<String, Object> body = summary(ctx, r);
    body.put("text", r.text());
    JsonNode mentions = Json.MAPPER.readTree(r.mentionsJson());
    body.put("mentions", mentions);
    body.put("events", events.stream().map(ReportsController::eventJson).toList());
    return body;
  }

  static Map<String, Object> summary(Context ctx, Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("url", r.url());
    m.put("title", r.title());
    m.put("published", r.published() == null ? null : r.published().toString());
    m.put("lang", r.lang());
    m.put("createdAt", r.createdAt() == null ? null : r.createdAt().toString());
    m.put("href", Links.base(ctx) + "/reports/" + r.id());
    return m;
  }

  /** An event in the shape of DESIGN.md's geoparse output, plus its id. */
  public static Map<String, Object> eventJson(Event e) {
    Map<String, Object> place = new LinkedHashMap<>();
    place.put("name", e.placeName());
    place.put("kind", e.kind().name());
    place.put("country", e.country());
    place.put("admin1", e.admin1());
    place.put("geonameId", e.geonameId());
    place.put("lat", e.lat());
    place.put("lon", e.lon());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("date", e.date().toString());
    m.put("datePrecision", e.datePrecision().name());
    m.put("type", e.type());
    m.put("subType", e.subType());
    m.put("place", place);
    m.put("geoPrecision", e.geoPrecision());
    m.put("actors", e.actors());
    m.put("confidence", e.confidence());
    m.put(
        "evidence",
        Map.of(
            "start", e.evidence().start(),
            "end", e.evidence().end(),
            "sentence", e.evidence().sentence()));
    return m;
  }
}
