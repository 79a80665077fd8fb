package org.conflictmap.geoparse;

import org.conflictmap.store.Event.PlaceKind;

/**
 * A resolved place mention, as printed by {@code geoparse} (DESIGN.md's {@code mentions}).
 *
 * @param surface the text of the mention
 * @param start offset of its first character (Java {@code String} index)
 * @param end offset just past its last character
 * @param form name or adjective
 * @param kind country, admin1 or locality
 * @param name the resolved place's display name
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1 ISO 3166-2 code of the region, or {@code null}
 * @param geonameId GeoNames id, or {@code null}
 * @param lat latitude (a representative point for regions and countries)
 * @param lon longitude
 * @param role event or context
 * @param confidence 0..1, confidence in the resolution
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
    double lat,
    double lon,
    Role role,
    double confidence) {}
