package org.conflictmap.geoparse;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import org.conflictmap.store.Event;
import org.conflictmap.store.Event.DatePrecision;
import org.conflictmap.store.Event.Evidence;

/**
 * A dated, typed, located event read from a report (DESIGN.md's {@code events}).
 *
 * @param date the day, or the Monday of the week, or the first of the month
 * @param datePrecision day, week or month
 * @param type ACLED event type
 * @param subType ACLED sub-event type
 * @param place where it happened
 * @param geoPrecision 1 the named locality, 2 near a locality or part of a region, 3 a whole region
 *     or country
 * @param actors normalised actors, possibly empty
 * @param evidence the first sentence reporting it
 * @param geonameId GeoNames id of the place, or {@code null} (not printed)
 * @param confidence 0..1 (not printed): resolution confidence times role certainty
 */
public record GeoparseEvent(
    LocalDate date,
    DatePrecision datePrecision,
    String type,
    String subType,
    EventPlace place,
    int geoPrecision,
    List<String> actors,
    Evidence evidence,
    @JsonIgnore Long geonameId,
    @JsonIgnore double confidence) {

  public GeoparseEvent {
    actors = List.copyOf(actors);
  }

  /** The event as the store keeps it, with ids 0 (not yet stored). */
  public Event toStoreEvent() {
    return new Event(
        0,
        0,
        date,
        datePrecision,
        type,
        subType,
        place.name(),
        place.kind(),
        place.country(),
        place.admin1(),
        geonameId,
        place.lon(),
        place.lat(),
        geoPrecision,
        actors,
        confidence,
        evidence);
  }
}
