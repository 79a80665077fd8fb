package org.conflictmap.geoparse;

import java.util.Objects;
import org.conflictmap.store.Event.PlaceKind;

/**
 * A place a name may refer to, as the geoparser sees it (independent of how the gazetteer stores
 * it).
 *
 * @param name display name (English for countries and regions)
 * @param kind country, admin1 or locality
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1 ISO 3166-2 code of the region (the region's own for regions), or {@code null}
 * @param geonameId GeoNames id, or {@code null}
 * @param lat latitude (a representative point for regions and countries)
 * @param lon longitude
 * @param population inhabitants, 0 when unknown
 * @param featureCode GeoNames feature code ({@code PPLC} capital, {@code PPLA} admin seat, …;
 *     {@code ADM1} regions, {@code PCLI} countries), or {@code null}
 */
public record Candidate(
    String name,
    PlaceKind kind,
    String country,
    String admin1,
    Long geonameId,
    double lat,
    double lon,
    long population,
    String featureCode) {

  public Candidate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** A stable identity: the kind and the most specific code. */
  public String key() {
    return switch (kind) {
      case country -> country != null ? "country:" + country : "area:" + name;
      case admin1 -> "admin1:" + (admin1 != null ? admin1 : name);
      case locality -> "locality:" + (geonameId != null ? geonameId : name + "@" + lat + "," + lon);
    };
  }

  /** True for a national capital (GeoNames {@code PPLC}). */
  public boolean capital() {
    return "PPLC".equals(featureCode);
  }

  /** True for the seat of a first- or second-level division. */
  public boolean adminSeat() {
    return featureCode != null && (featureCode.equals("PPLA") || featureCode.equals("PPLA2"));
  }
}
