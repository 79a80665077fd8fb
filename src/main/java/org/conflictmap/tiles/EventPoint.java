package org.conflictmap.tiles;

import java.time.LocalDate;

/**
 * The part of an event a tile draws, with its position in Web Mercator metres.
 *
 * @param id event id
 * @param reportId its report
 * @param date day of the event
 * @param type ACLED type
 * @param subType ACLED sub-type, or {@code null}
 * @param geoPrecision 1..3
 * @param country ISO 3166-1 alpha-2, or {@code null}
 * @param admin1 ISO 3166-2, or {@code null}
 * @param x EPSG:3857 x
 * @param y EPSG:3857 y
 */
public record EventPoint(
    long id,
    long reportId,
    LocalDate date,
    String type,
    String subType,
    int geoPrecision,
    String country,
    String admin1,
    double x,
    double y) {}
