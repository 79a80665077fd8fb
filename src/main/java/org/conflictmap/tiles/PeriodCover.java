package org.conflictmap.tiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Covers an inclusive day interval with the fewest whole years, whole months and single days, the
 * grains of the precomputed event aggregates: {@code 2024-03-15/2026-02-10} is the days 15..31 of
 * March 2024, the months April..December 2024, the year 2025, the month January 2026 and the days
 * 1..10 of February 2026. Every day of the interval is in exactly one span.
 *
 * <p>Open ends become the first and last representable days, so an open interval is a run of whole
 * years. Pure; thread-safe.
 */
public final class PeriodCover {
  /** Earliest and latest day an open interval reaches. */
  static final LocalDate MIN = LocalDate.of(1, 1, 1);

  static final LocalDate MAX = LocalDate.of(9999, 12, 31);

  /** The grain of a span, with the code stored in {@code event_cells.grain}. */
  public enum Grain {
    DAY(0),
    MONTH(1),
    YEAR(2);

    public final int code;

    Grain(int code) {
      this.code = code;
    }
  }

  /**
   * Periods {@code first..last} (inclusive) of one grain, each named by its first day.
   *
   * @param grain day, month or year
   * @param first first day of the first period
   * @param last first day of the last period
   */
  public record Span(Grain grain, LocalDate first, LocalDate last) {}

  private PeriodCover() {}

  /** The spans covering {@code from..to}; either end may be {@code null} (open). */
  public static List<Span> of(LocalDate from, LocalDate to) {
    LocalDate a = from == null ? MIN : from;
    LocalDate b = to == null ? MAX : to;
    List<Span> out = new ArrayList<>();
    if (a.isAfter(b)) {
      return out;
    }
    LocalDate firstFullMonth = a.getDayOfMonth() == 1 ? a : a.withDayOfMonth(1).plusMonths(1);
    LocalDate lastFullMonth =
        b.equals(b.withDayOfMonth(b.lengthOfMonth())) ? b.withDayOfMonth(1) : firstOfPrev(b);
    if (lastFullMonth == null || firstFullMonth.isAfter(lastFullMonth)) {
      out.add(new Span(Grain.DAY, a, b));
      return out;
    }
    if (a.isBefore(firstFullMonth)) {
      out.add(new Span(Grain.DAY, a, firstFullMonth.minusDays(1)));
    }
    months(out, firstFullMonth, lastFullMonth);
    LocalDate afterMonths = lastFullMonth.plusMonths(1);
    if (!afterMonths.isAfter(b)) {
      out.add(new Span(Grain.DAY, afterMonths, b));
    }
    return out;
  }

  /** The first of the month before {@code d}'s, or {@code null} before {@link #MIN}. */
  private static LocalDate firstOfPrev(LocalDate d) {
    LocalDate first = d.withDayOfMonth(1);
    return first.equals(MIN) ? null : first.minusMonths(1);
  }

  /** Months {@code m1..m2} (firsts of months) as whole years and leftover months. */
  private static void months(List<Span> out, LocalDate m1, LocalDate m2) {
    LocalDate firstFullYear = m1.getMonthValue() == 1 ? m1 : m1.withDayOfYear(1).plusYears(1);
    LocalDate lastFullYear =
        m2.getMonthValue() == 12
            ? m2.withDayOfYear(1)
            : (m2.getYear() == MIN.getYear() ? null : m2.withDayOfYear(1).minusYears(1));
    if (lastFullYear == null || firstFullYear.isAfter(lastFullYear)) {
      out.add(new Span(Grain.MONTH, m1, m2));
      return;
    }
    if (m1.isBefore(firstFullYear)) {
      out.add(new Span(Grain.MONTH, m1, firstFullYear.minusMonths(1)));
    }
    out.add(new Span(Grain.YEAR, firstFullYear, lastFullYear));
    LocalDate afterYears = lastFullYear.plusYears(1);
    if (!afterYears.isAfter(m2)) {
      out.add(new Span(Grain.MONTH, afterYears, m2));
    }
  }
}
