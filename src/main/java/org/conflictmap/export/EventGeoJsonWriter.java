package org.conflictmap.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.conflictmap.Json;
import org.conflictmap.api.EventGeoJson;
import org.conflictmap.store.EventQuery;
import org.conflictmap.store.EventStore;

/** Events as one RFC 7946 FeatureCollection, streamed feature by feature. */
public final class EventGeoJsonWriter {
  private final OutputStream out;

  public EventGeoJsonWriter(OutputStream out) {
    this.out = out;
  }

  /** Writes all matching events; flushes (does not close) the stream; answers the count. */
  public long writeAll(EventStore store, EventQuery query) throws IOException {
    long[] n = {0};
    JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out);
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeArrayFieldStart("features");
    try {
      store.stream(
          query,
          e -> {
            try {
              EventGeoJson.write(g, e);
              n[0]++;
            } catch (IOException x) {
              throw new UncheckedIOException(x);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    return n[0];
  }
}
