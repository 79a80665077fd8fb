package org.conflictmap.gazetteer;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * A country or admin-1 region with its polygon and its names.
 *
 * @param place the place (kind {@code COUNTRY} or {@code ADMIN1})
 * @param id stable key of the polygon: Natural Earth's {@code adm1_code} for regions (several
 *     Natural Earth regions can share one ISO 3166-2 code), the ISO 3166-1 alpha-2 code for
 *     countries
 * @param type the region's type in English ({@code Region}, {@code Province}, {@code State}, …),
 *     {@code null} when unknown or for countries
 * @param names names by language code ({@code en}, {@code ru}, {@code uk}, {@code de}, …), as the
 *     source data has them
 * @param altNames alternative names and spellings from the source data
 * @param geometry Polygon or MultiPolygon in longitude/latitude (SRID 4326), simplified as
 *     documented in {@code geodata/README.md}; treat as read-only
 */
public record Boundary(
    Place place,
    String id,
    String type,
    Map<String, String> names,
    List<String> altNames,
    Geometry geometry) {

  public Boundary {
    names = Collections.unmodifiableSortedMap(new TreeMap<>(names));
    altNames = List.copyOf(altNames);
  }

  /** The ISO code: ISO 3166-2 for regions, ISO 3166-1 alpha-2 for countries. */
  public String code() {
    return place.kind() == Place.Kind.COUNTRY ? place.country() : place.admin1();
  }
}
