package org.conflictmap.geoparse;

import org.conflictmap.store.Event.PlaceKind;

/**
 * Where an event is drawn (DESIGN.md's event {@code place}).
 *
 * @param name display name
 * @param kind country, admin1 or locality
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1 ISO 3166-2 code, or {@code null}
 * @param lat latitude
 * @param lon longitude
 */
public record EventPlace(
    String name, PlaceKind kind, String country, String admin1, double lat, double lon) {
  static EventPlace of(Candidate c) {
    return new EventPlace(c.name(), c.kind(), c.country(), c.admin1(), c.lat(), c.lon());
  }
}
