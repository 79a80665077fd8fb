package org.conflictmap.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated, typed, located event taken from one sentence of a report.
 *
 * <p>The point ({@code lon}, {@code lat}, WGS 84) is where the event is drawn: the locality itself
 * for {@code geoPrecision} 1, the locality near which it happened for 2, the region's
 * representative point for 3 (ACLED's meaning).
 *
 * @param id store-assigned id, {@code 0} before the event is stored
 * @param reportId the report it came from, {@code 0} before it is stored
 * @param date the day of the event, or the first day of its week or month
 * @param datePrecision how precisely {@code date} is known
 * @param type ACLED event type, e.g. {@code battles}
 * @param subType ACLED sub-event type, e.g. {@code armed_clash}, or {@code null}
 * @param placeName the resolved place's name
 * @param kind what kind of place it is
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1 ISO 3166-2 code of the first-level region, or {@code null}
 * @param geonameId GeoNames id, or {@code null}
 * @param lon longitude, degrees, -180..180
 * @param lat latitude, degrees, -90..90
 * @param geoPrecision 1, 2 or 3
 * @param actors normalised actor names, possibly empty
 * @param confidence 0..1
 * @param evidence the sentence the event was read from
 */
public record Event(
    long id,
    long reportId,
    LocalDate date,
    DatePrecision datePrecision,
    String type,
    String subType,
    String placeName,
    PlaceKind kind,
    String country,
    String admin1,
    Long geonameId,
    double lon,
    double lat,
    int geoPrecision,
    List<String> actors,
    double confidence,
    Evidence evidence) {

  public Event {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(datePrecision, "datePrecision");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
    actors = actors == null ? List.of() : List.copyOf(actors);
  }

  /** The same event with store-assigned ids. */
  public Event withIds(long newId, long newReportId) {
    return new Event(
        newId,
        newReportId,
        date,
        datePrecision,
        type,
        subType,
        placeName,
        kind,
        country,
        admin1,
        geonameId,
        lon,
        lat,
        geoPrecision,
        actors,
        confidence,
        evidence);
  }

  /** How precisely an event's date is known. */
  public enum DatePrecision {
    day,
    week,
    month
  }

  /** What kind of place an event or mention resolves to. */
  public enum PlaceKind {
    country,
    admin1,
    locality
  }

  /**
   * The sentence an event was read from.
   *
   * @param start offset of its first character in the report text (Java {@code String} index)
   * @param end offset just past its last character
   * @param sentence the sentence text
   */
  public record Evidence(int start, int end, String sentence) {
    public Evidence {
      Objects.requireNonNull(sentence, "sentence");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("evidence span " + start + ".." + end);
      }
    }
  }
}
