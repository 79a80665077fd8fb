package org.conflictmap.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A filter over stored events, shared by items, tiles, stats and exports. Every part is optional;
 * an empty list or {@code null} means "no restriction". Results are sorted by date, then id.
 *
 * @param bbox a CRS84 box, or {@code null}
 * @param from first day included, or {@code null} for an open start
 * @param to last day included, or {@code null} for an open end
 * @param regions ISO 3166-2 codes (any of)
 * @param countries ISO 3166-1 alpha-2 codes (any of)
 * @param types ACLED event types (any of)
 * @param geoPrecisions geoPrecision values (any of)
 * @param text words that must all occur in the evidence sentence or report title (case-insensitive)
 * @param limit page size, at least 0
 * @param offset rows skipped, at least 0
 */
public record EventQuery(
    BBox bbox,
    LocalDate from,
    LocalDate to,
    List<String> regions,
    List<String> countries,
    List<String> types,
    List<Integer> geoPrecisions,
    String text,
    int limit,
    long offset) {

  /** The largest page any caller may ask for. */
  public static final int MAX_LIMIT = 10_000;

  public EventQuery {
    regions = regions == null ? List.of() : List.copyOf(regions);
    countries = countries == null ? List.of() : List.copyOf(countries);
    types = types == null ? List.of() : List.copyOf(types);
    geoPrecisions = geoPrecisions == null ? List.of() : List.copyOf(geoPrecisions);
    if (text != null && text.isBlank()) {
      text = null;
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 0.." + MAX_LIMIT + ", was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be at least 0, was " + offset);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("interval starts after it ends: " + from + "/" + to);
    }
  }

  /** All events, first page of 100. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, null, null, 100, 0);
  }

  public EventQuery withPage(int newLimit, long newOffset) {
    return new EventQuery(
        bbox, from, to, regions, countries, types, geoPrecisions, text, newLimit, newOffset);
  }

  public EventQuery withBbox(BBox newBbox) {
    return new EventQuery(
        newBbox, from, to, regions, countries, types, geoPrecisions, text, limit, offset);
  }

  public EventQuery withInterval(LocalDate newFrom, LocalDate newTo) {
    return new EventQuery(
        bbox, newFrom, newTo, regions, countries, types, geoPrecisions, text, limit, offset);
  }

  public EventQuery withRegions(List<String> newRegions) {
    return new EventQuery(
        bbox, from, to, newRegions, countries, types, geoPrecisions, text, limit, offset);
  }

  public EventQuery withCountries(List<String> newCountries) {
    return new EventQuery(
        bbox, from, to, regions, newCountries, types, geoPrecisions, text, limit, offset);
  }

  public EventQuery withTypes(List<String> newTypes) {
    return new EventQuery(
        bbox, from, to, regions, countries, newTypes, geoPrecisions, text, limit, offset);
  }

  public EventQuery withGeoPrecisions(List<Integer> newPrecisions) {
    return new EventQuery(
        bbox, from, to, regions, countries, types, newPrecisions, text, limit, offset);
  }

  public EventQuery withText(String newText) {
    return new EventQuery(
        bbox, from, to, regions, countries, types, geoPrecisions, newText, limit, offset);
  }

  /**
   * A box in CRS84 (longitude, latitude). {@code minLon > maxLon} is a box that crosses the
   * antimeridian, as OGC API - Features allows.
   */
  public record BBox(double minLon, double minLat, double maxLon, double maxLat) {
    public BBox {
      for (double v : new double[] {minLon, minLat, maxLon, maxLat}) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("bbox values must be finite numbers");
        }
      }
      if (minLon < -180 || maxLon > 180 || minLon > 180 || maxLon < -180) {
        throw new IllegalArgumentException("bbox longitudes must be within -180..180");
      }
      if (minLat < -90 || maxLat > 90) {
        throw new IllegalArgumentException("bbox latitudes must be within -90..90");
      }
      if (minLat > maxLat) {
        throw new IllegalArgumentException("bbox lower latitude is above the upper one");
      }
    }

    /** True when the box crosses the antimeridian. */
    public boolean crossesAntimeridian() {
      return minLon > maxLon;
    }

    /** True when {@code lon, lat} lies in the box (edges included). */
    public boolean contains(double lon, double lat) {
      boolean inLat = lat >= minLat && lat <= maxLat;
      boolean inLon =
          crossesAntimeridian() ? lon >= minLon || lon <= maxLon : lon >= minLon && lon <= maxLon;
      return inLat && inLon;
    }
  }
}
