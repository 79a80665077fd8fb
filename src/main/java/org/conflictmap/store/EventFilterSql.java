package org.conflictmap.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Turns the filters of an {@link EventQuery} into a SQL {@code WHERE} clause over {@code events e}
 * (joined to {@code reports r} when the text filter needs the title) with every value bound. The
 * SQL is the same for PostGIS and H2GIS: both have {@code &&}, {@code ST_MakeEnvelope} and {@code
 * ILIKE}.
 *
 * @param where the clause, starting with {@code " WHERE "}, or empty
 * @param params values for its {@code ?}s, in order
 * @param needsReports true when the clause refers to {@code r.title}
 */
public record EventFilterSql(String where, List<Object> params, boolean needsReports) {

  public EventFilterSql {
    params = Collections.unmodifiableList(new ArrayList<>(params));
  }

  /** Builds the clause for the filters of {@code q} (limit and offset are not part of it). */
  public static EventFilterSql of(EventQuery q) {
    List<String> clauses = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    boolean needsReports = false;
    if (q.bbox() != null) {
      EventQuery.BBox b = q.bbox();
      if (b.crossesAntimeridian()) {
        clauses.add(
            "(e.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
                + " OR e.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326))");
        params.addAll(List.of(b.minLon(), b.minLat(), 180.0, b.maxLat()));
        params.addAll(List.of(-180.0, b.minLat(), b.maxLon(), b.maxLat()));
      } else {
        clauses.add("e.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
        params.addAll(List.of(b.minLon(), b.minLat(), b.maxLon(), b.maxLat()));
      }
    }
    if (q.from() != null) {
      clauses.add("e.event_date >= ?");
      params.add(java.sql.Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      clauses.add("e.event_date <= ?");
      params.add(java.sql.Date.valueOf(q.to()));
    }
    addIn(clauses, params, "e.admin1", q.regions());
    addIn(clauses, params, "e.country", q.countries());
    addIn(clauses, params, "e.type", q.types());
    addIn(clauses, params, "e.geo_precision", q.geoPrecisions());
    if (q.text() != null) {
      for (String word : q.text().strip().split("\\s+")) {
        String pattern = "%" + escapeLike(word.toLowerCase(Locale.ROOT)) + "%";
        clauses.add("(LOWER(e.evidence) LIKE ? ESCAPE '!' OR LOWER(r.title) LIKE ? ESCAPE '!')");
        params.add(pattern);
        params.add(pattern);
        needsReports = true;
      }
    }
    String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    return new EventFilterSql(where, params, needsReports);
  }

  /** {@code "events e"} or, when the title is searched, events joined to their reports. */
  public String from() {
    return needsReports ? "events e JOIN reports r ON r.id = e.report_id" : "events e";
  }

  private static void addIn(
      List<String> clauses, List<Object> params, String column, List<?> values) {
    if (values.isEmpty()) {
      return;
    }
    clauses.add(
        column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
    params.addAll(values);
  }

  static String escapeLike(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
