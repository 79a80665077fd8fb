package org.conflictmap.gazetteer;

import java.util.Locale;

/**
 * One place of the gazetteer: a country, an admin-1 region or a locality.
 *
 * @param id index of the place in its {@link Gazetteer}; stable for one set of geodata files, not
 *     across rebuilds
 * @param kind what sort of place this is
 * @param name display name: the English name for countries and regions, the GeoNames main name for
 *     localities
 * @param country ISO 3166-1 alpha-2 code; for regions always the prefix of {@code admin1}
 * @param admin1 ISO 3166-2 code of the region (the region's own code for regions, the linked region
 *     for localities, {@code null} for countries and for unlinked localities)
 * @param geonameId GeoNames id, or {@code null} when the data has none
 * @param wikidataId Wikidata id such as {@code Q2012050}, or {@code null} when the data has none
 * @param lat latitude in degrees (WGS 84); for polygons a representative point inside the polygon
 * @param lon longitude in degrees (WGS 84)
 * @param population inhabitants per GeoNames, 0 when unknown (always 0 for countries and regions)
 * @param featureCode GeoNames feature code for localities ({@code PPL}, {@code PPLA}, {@code PPLC},
 *     …); {@code ADM1} for regions and {@code PCLI} for countries
 */
public record Place(
    int id,
    Kind kind,
    String name,
    String country,
    String admin1,
    Integer geonameId,
    String wikidataId,
    double lat,
    double lon,
    long population,
    String featureCode) {

  /** The three sorts of place; {@link #wireName()} is how they appear in JSON and query strings. */
  public enum Kind {
    COUNTRY,
    ADMIN1,
    LOCALITY;

    /** {@code country}, {@code admin1} or {@code locality}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named {@code s} (case-insensitive).
     *
     * @throws IllegalArgumentException when {@code s} names no kind
     */
    public static Kind parse(String s) {
      for (Kind k : values()) {
        if (k.wireName().equalsIgnoreCase(s.trim())) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "kind must be one of country, admin1, locality; got '" + s + "'");
    }
  }
}
