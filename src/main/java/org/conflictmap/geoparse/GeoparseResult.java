package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.store.Event;

/**
 * What {@link Geoparser#parse} finds in one report: the JSON body of {@code geoparse} and of {@code
 * POST /reports} responses.
 *
 * @param mentions every resolved place mention, in text order
 * @param events one per distinct event site and date, in order of first report
 */
public record GeoparseResult(List<Mention> mentions, List<GeoparseEvent> events) {
  public GeoparseResult {
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
  }

  /** The events as store records (ids 0). */
  public List<Event> storeEvents() {
    return events.stream().map(GeoparseEvent::toStoreEvent).toList();
  }
}
