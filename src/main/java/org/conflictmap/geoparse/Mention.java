package org.conflictmap.geoparse;

import org.conflictmap.store.Event.PlaceKind;

/**
 * A place mention, as printed by {@code geoparse} (DESIGN.md's {@code mentions}).
 *
 * <p>A mention is resolved (kind, name, country, coordinates and confidence set) unless it names a
 * place the gazetteer does not list ("the village of Tal Saghir", found by {@link
 * UnlistedPlaceFinder}): such a mention is printed only when it is an event site, with {@code
 * kind}, {@code name}, {@code country}, {@code admin1}, {@code geonameId}, {@code lat}, {@code lon}
 * and {@code confidence} all {@code null}. Its event, if any, is drawn at the place that contains
 * it.
 *
 * @param surface the text of the mention
 * @param start offset of its first character (Java {@code String} index)
 * @param end offset just past its last character
 * @param form name or adjective
 * @param kind country, admin1 or locality; {@code null} when unresolved
 * @param name the resolved place's display name, or {@code null}
 * @param country ISO 3166-1 alpha-2 code, or {@code null}
 * @param admin1 ISO 3166-2 code of the region, or {@code null}
 * @param geonameId GeoNames id, or {@code null}
 * @param lat latitude (a representative point for regions and countries), or {@code null}
 * @param lon longitude, or {@code null}
 * @param role event or context
 * @param confidence 0..1, confidence in the resolution, or {@code null}
 */
public record Mention(
    String surface,
    int start,
    int end,
    Form form,
    PlaceKind kind,
    String name,
    String country,
    String admin1,
    Long geonameId,
    Double lat,
    Double lon,
    Role role,
    Double confidence) {

  /** An event-site mention of a place the gazetteer does not list. */
  static Mention unresolved(String surface, int start, int end) {
    return new Mention(
        surface, start, end, Form.name, null, null, null, null, null, null, null, Role.event, null);
  }

  /** True when the mention was resolved to a place. */
  public boolean resolved() {
    return lat != null;
  }
}
