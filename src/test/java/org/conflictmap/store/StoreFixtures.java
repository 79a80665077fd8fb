package org.conflictmap.store;

import java.time.LocalDate;
import java.util.List;

/** Reports and events for store tests, written for these tests. */
public final class StoreFixtures {
  private StoreFixtures() {}

  public static Report report(String url, String text) {
    return Report.draft(url, "Test report", LocalDate.of(2025, 4, 8), "en", text, "[]");
  }

  /** A located event; {@code day} is a day of April 2025. */
  public static Event event(
      int day, String type, String country, String admin1, double lon, double lat) {
    return new Event(
        0,
        0,
        LocalDate.of(2025, 4, day),
        Event.DatePrecision.day,
        type,
        null,
        "Somewhere",
        Event.PlaceKind.locality,
        country,
        admin1,
        null,
        lon,
        lat,
        1,
        List.of("Ukrainian forces"),
        0.9,
        new Event.Evidence(0, 20, "Shelling was reported near the town."));
  }

  /** The same event with another geoPrecision (values outside 1..3 violate the schema). */
  public static Event withGeoPrecision(Event e, int geoPrecision) {
    return copy(e, geoPrecision, e.evidence());
  }

  /** The same event with another evidence sentence. */
  public static Event withSentence(Event e, String sentence) {
    return copy(e, e.geoPrecision(), new Event.Evidence(0, sentence.length(), sentence));
  }

  private static Event copy(Event e, int geoPrecision, Event.Evidence evidence) {
    return new Event(
        e.id(),
        e.reportId(),
        e.date(),
        e.datePrecision(),
        e.type(),
        e.subType(),
        e.placeName(),
        e.kind(),
        e.country(),
        e.admin1(),
        e.geonameId(),
        e.lon(),
        e.lat(),
        geoPrecision,
        e.actors(),
        e.confidence(),
        evidence);
  }
}
