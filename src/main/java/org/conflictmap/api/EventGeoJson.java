package org.conflictmap.api;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.conflictmap.store.Event;

/**
 * Writes events as RFC 7946 GeoJSON features, streaming: one {@link JsonGenerator}, no tree per
 * feature. Properties are flat so GDAL and QGIS read them as columns.
 */
public final class EventGeoJson {
  private EventGeoJson() {}

  /** Writes one Feature. */
  public static void write(JsonGenerator g, Event e) throws IOException {
    write(g, e, null);
  }

  /** Writes one Feature with a {@code links} member (when {@code links} is not null). */
  public static void write(JsonGenerator g, Event e, List<Map<String, Object>> links)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeNumberField("id", e.id());
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    g.writeNumber(round(e.lon()));
    g.writeNumber(round(e.lat()));
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeNumberField("reportId", e.reportId());
    g.writeStringField("date", e.date().toString());
    g.writeStringField("datePrecision", e.datePrecision().name());
    g.writeStringField("type", e.type());
    g.writeStringField("subType", e.subType());
    g.writeStringField("place", e.placeName());
    g.writeStringField("kind", e.kind().name());
    g.writeStringField("country", e.country());
    g.writeStringField("admin1", e.admin1());
    if (e.geonameId() == null) {
      g.writeNullField("geonameId");
    } else {
      g.writeNumberField("geonameId", e.geonameId());
    }
    g.writeNumberField("geoPrecision", e.geoPrecision());
    g.writeStringField("actors", String.join("; ", e.actors()));
    g.writeNumberField("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    g.writeStringField("evidence", e.evidence().sentence());
    g.writeNumberField("evidenceStart", e.evidence().start());
    g.writeNumberField("evidenceEnd", e.evidence().end());
    g.writeEndObject();
    if (links != null) {
      g.writeFieldName("links");
      g.writeObject(links);
    }
    g.writeEndObject();
  }

  /** Seven decimals: about a centimetre, as RFC 7946 suggests not to overstate precision. */
  static double round(double v) {
    return Math.round(v * 1e7) / 1e7;
  }
}
