package org.conflictmap.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.conflictmap.store.EventQuery;

/**
 * Reads the event filters shared by items, tiles, stats and exports from query parameters, and
 * rejects anything malformed with a 400 problem naming the parameter.
 *
 * <ul>
 *   <li>{@code bbox}: {@code minLon,minLat,maxLon,maxLat} in CRS84 (six numbers: the heights are
 *       ignored); {@code minLon > maxLon} crosses the antimeridian.
 *   <li>{@code datetime}: an RFC 3339 date-time or date, or an interval {@code start/end} where
 *       either end may be {@code ..} or empty (open). Events carry dates, so instants are reduced
 *       to their UTC day; both ends are inclusive.
 *   <li>{@code region}: ISO 3166-2 codes, {@code country}: ISO 3166-1 alpha-2 codes, {@code type}:
 *       ACLED event types, {@code geoPrecision}: 1..3; each comma-separated, any of them matches.
 *   <li>{@code q}: words that must all occur in the evidence sentence or the report title.
 *   <li>{@code limit}: 1..{@value EventQuery#MAX_LIMIT}, default {@value #DEFAULT_LIMIT}; {@code
 *       offset}: 0..{@value #MAX_OFFSET}.
 * </ul>
 */
public final class EventFilters {
  public static final int DEFAULT_LIMIT = 100;
  public static final long MAX_OFFSET = 100_000_000L;

  /** Longest list a filter may carry, and longest free text. */
  public static final int MAX_VALUES = 200;

  public static final int MAX_TEXT = 500;

  private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern TYPE = Pattern.compile("[a-z_]{1,40}");

  private EventFilters() {}

  /** The filters of the request, with its page. */
  public static EventQuery from(Context ctx) {
    return from(ctx, DEFAULT_LIMIT);
  }

  /** The filters of the request; {@code limit} defaults to {@code defaultLimit}. */
  public static EventQuery from(Context ctx, int defaultLimit) {
    LocalDate[] interval = datetime(ctx.queryParam("datetime"));
    return new EventQuery(
        bbox(ctx.queryParam("bbox")),
        interval[0],
        interval[1],
        codes(ctx, "region", REGION, "ISO 3166-2 codes such as UA-14"),
        codes(ctx, "country", COUNTRY, "ISO 3166-1 alpha-2 codes such as UA"),
        codes(ctx, "type", TYPE, "ACLED event types such as battles"),
        precisions(ctx.queryParam("geoPrecision")),
        text(ctx.queryParam("q")),
        intParam(ctx, "limit", defaultLimit, 1, EventQuery.MAX_LIMIT),
        longParam(ctx, "offset", 0, 0, MAX_OFFSET));
  }

  /** The parameters of {@code /collections/events/items}. */
  public static final Set<String> ITEM_PARAMS =
      Set.of(
          "bbox",
          "datetime",
          "limit",
          "offset",
          "region",
          "country",
          "type",
          "geoPrecision",
          "q",
          "f");

  /**
   * Rejects parameters a route does not know (400 naming them): a misspelt filter must not silently
   * match everything.
   */
  public static void requireKnown(Context ctx, Set<String> known) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name)) {
        throw bad(
            clip(name),
            "unknown parameter; this resource takes "
                + String.join(", ", new java.util.TreeSet<>(known)));
      }
    }
  }

  /** Parses {@code bbox}; {@code null} for none. */
  public static EventQuery.BBox bbox(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String[] parts = raw.split(",", -1);
    if (parts.length != 4 && parts.length != 6) {
      throw bad("bbox", "expected 4 (or 6) comma-separated numbers, got " + parts.length);
    }
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw bad("bbox", "'" + clip(parts[i]) + "' is not a number");
      }
      if (!Double.isFinite(v[i])) {
        throw bad("bbox", "values must be finite numbers");
      }
    }
    int h = parts.length == 6 ? 1 : 0; // minLon,minLat,minZ,maxLon,maxLat,maxZ
    try {
      return new EventQuery.BBox(v[0], v[1], v[2 + h], v[3 + h]);
    } catch (IllegalArgumentException e) {
      throw bad("bbox", e.getMessage());
    }
  }

  /** Parses {@code datetime} into inclusive {from, to} days, either {@code null} when open. */
  public static LocalDate[] datetime(String raw) {
    if (raw == null || raw.isBlank()) {
      return new LocalDate[2];
    }
    String s = raw.strip();
    int slash = s.indexOf('/');
    if (slash < 0) {
      if (s.equals("..")) {
        throw bad("datetime", "'..' is only allowed as one end of an interval");
      }
      LocalDate day = day(s);
      return new LocalDate[] {day, day};
    }
    if (s.indexOf('/', slash + 1) >= 0) {
      throw bad("datetime", "an interval has one '/'");
    }
    String a = s.substring(0, slash).strip();
    String b = s.substring(slash + 1).strip();
    LocalDate from = a.isEmpty() || a.equals("..") ? null : day(a);
    LocalDate to = b.isEmpty() || b.equals("..") ? null : day(b);
    if (from == null && to == null) {
      throw bad("datetime", "an interval needs at least one end");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw bad("datetime", "the interval starts after it ends: " + clip(s));
    }
    return new LocalDate[] {from, to};
  }

  private static LocalDate day(String s) {
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
      return OffsetDateTime.parse(s.toUpperCase(Locale.ROOT))
          .withOffsetSameInstant(ZoneOffset.UTC)
          .toLocalDate();
    } catch (DateTimeParseException e) {
      throw bad(
          "datetime",
          "'"
              + clip(s)
              + "' is not an RFC 3339 date-time (2025-04-08T12:00:00Z) or date (2025-04-08)");
    }
  }

  private static List<String> codes(Context ctx, String name, Pattern pattern, String expected) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : raw.split(",")) {
      String v = part.strip();
      if (v.isEmpty()) {
        continue;
      }
      String normal = name.equals("type") ? v.toLowerCase(Locale.ROOT) : v.toUpperCase(Locale.ROOT);
      if (!pattern.matcher(normal).matches()) {
        throw bad(name, "'" + clip(v) + "' is not valid; expected " + expected);
      }
      out.add(normal);
    }
    if (out.size() > MAX_VALUES) {
      throw bad(name, "at most " + MAX_VALUES + " values");
    }
    return out;
  }

  private static List<Integer> precisions(String raw) {
    if (raw == null || raw.isBlank()) {
      return List.of();
    }
    return Arrays.stream(raw.split(","))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .map(
            v -> {
              if (!v.matches("[123]")) {
                throw bad("geoPrecision", "'" + clip(v) + "' is not 1, 2 or 3");
              }
              return Integer.parseInt(v);
            })
        .distinct()
        .toList();
  }

  private static String text(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.length() > MAX_TEXT) {
      throw bad("q", "at most " + MAX_TEXT + " characters");
    }
    if (raw.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      throw bad("q", "control characters are not allowed");
    }
    return raw.strip();
  }

  /** An integer parameter in {@code min..max}, {@code fallback} when absent. */
  public static int intParam(Context ctx, String name, int fallback, int min, int max) {
    return (int) longParam(ctx, name, fallback, min, max);
  }

  /** A long parameter in {@code min..max}, {@code fallback} when absent. */
  public static long longParam(Context ctx, String name, long fallback, long min, long max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    long v;
    try {
      v = Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw bad(name, "'" + clip(raw) + "' is not an integer");
    }
    if (v < min || v > max) {
      throw bad(name, "must be between " + min + " and " + max + ", was " + v);
    }
    return v;
  }

  static ProblemException bad(String parameter, String why) {
    return ProblemException.badRequest("parameter '" + parameter + "': " + why);
  }

  /** Echoes user input safely: at most 40 characters, control characters replaced. */
  static String clip(String s) {
    String c = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    return c.replaceAll("\\p{Cntrl}", "?");
  }
}
