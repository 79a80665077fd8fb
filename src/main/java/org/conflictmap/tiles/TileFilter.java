package org.conflictmap.tiles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventQuery;

/**
 * The filters a tile honours, in canonical form: lists sorted and without repeats, so that {@code
 * type=a,b} and {@code type=b,a} name the same tile (and the same cache entry). Paging, bbox and
 * free text are not tile filters.
 *
 * @param from first day included, or {@code null}
 * @param to last day included, or {@code null}
 * @param types ACLED event types (any of)
 * @param regions ISO 3166-2 codes (any of)
 * @param countries ISO 3166-1 alpha-2 codes (any of)
 * @param geoPrecisions 1..3 (any of)
 */
public record TileFilter(
    LocalDate from,
    LocalDate to,
    List<String> types,
    List<String> regions,
    List<String> countries,
    List<Integer> geoPrecisions) {

  public TileFilter {
    types = canonical(types);
    regions = canonical(regions);
    countries = canonical(countries);
    geoPrecisions = canonical(geoPrecisions);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("interval starts after it ends: " + from + "/" + to);
    }
  }

  private static <T extends Comparable<T>> List<T> canonical(List<T> values) {
    return values == null ? List.of() : values.stream().distinct().sorted().toList();
  }

  /** No filter: every event. */
  public static TileFilter none() {
    return new TileFilter(null, null, null, null, null, null);
  }

  /** The tile filters of {@code q}; its bbox, text, limit and offset are dropped. */
  public static TileFilter of(EventQuery q) {
    return new TileFilter(
        q.from(), q.to(), q.types(), q.regions(), q.countries(), q.geoPrecisions());
  }

  /** The same filters as an {@link EventQuery} without bbox, text or paging. */
  public EventQuery toQuery() {
    return new EventQuery(
        null, from, to, regions, countries, types, geoPrecisions, null, EventQuery.MAX_LIMIT, 0);
  }

  /** True when {@code e} passes every filter (the same test as the SQL of {@link #toQuery()}). */
  public boolean matches(Event e) {
    return (from == null || !e.date().isBefore(from))
        && (to == null || !e.date().isAfter(to))
        && (types.isEmpty() || types.contains(e.type()))
        && (regions.isEmpty() || regions.contains(e.admin1()))
        && (countries.isEmpty() || countries.contains(e.country()))
        && (geoPrecisions.isEmpty() || geoPrecisions.contains(e.geoPrecision()));
  }

  public boolean isEmpty() {
    return from == null
        && to == null
        && types.isEmpty()
        && regions.isEmpty()
        && countries.isEmpty()
        && geoPrecisions.isEmpty();
  }

  /**
   * The filters as URL query parameters ({@code datetime=…&type=…}), without a leading {@code ?};
   * empty when there are none. Reading them back gives an equal filter.
   */
  public String queryString() {
    List<String> parts = new ArrayList<>();
    if (from != null || to != null) {
      String interval =
          from != null && from.equals(to)
              ? from.toString()
              : (from == null ? ".." : from.toString()) + "/" + (to == null ? ".." : to.toString());
      parts.add("datetime=" + encode(interval));
    }
    add(parts, "type", types);
    add(parts, "region", regions);
    add(parts, "country", countries);
    add(parts, "geoPrecision", geoPrecisions);
    return String.join("&", parts);
  }

  private static void add(List<String> parts, String name, List<?> values) {
    if (!values.isEmpty()) {
      parts.add(
          name
              + "="
              + encode(values.stream().map(String::valueOf).collect(Collectors.joining(","))));
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
