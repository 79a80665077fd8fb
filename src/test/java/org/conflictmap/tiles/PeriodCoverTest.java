package org.conflictmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.conflictmap.tiles.PeriodCover.Grain;
import org.conflictmap.tiles.PeriodCover.Span;
import org.junit.jupiter.api.Test;

class PeriodCoverTest {

  @Test
  void the_example_of_the_javadoc() {
    List<Span> spans = PeriodCover.of(LocalDate.parse("2024-03-15"), LocalDate.parse("2026-02-10"));

    assertEquals(
        List.of(
            new Span(Grain.DAY, d("2024-03-15"), d("2024-03-31")),
            new Span(Grain.MONTH, d("2024-04-01"), d("2024-12-01")),
            new Span(Grain.YEAR, d("2025-01-01"), d("2025-01-01")),
            new Span(Grain.MONTH, d("2026-01-01"), d("2026-01-01")),
            new Span(Grain.DAY, d("2026-02-01"), d("2026-02-10"))),
        spans);
  }

  @Test
  void days_within_one_month_stay_days() {
    assertEquals(
        List.of(new Span(Grain.DAY, d("2025-04-03"), d("2025-04-08"))),
        PeriodCover.of(d("2025-04-03"), d("2025-04-08")));
  }

  @Test
  void whole_months_and_years_use_the_coarse_grains() {
    assertEquals(
        List.of(new Span(Grain.MONTH, d("2025-04-01"), d("2025-04-01"))),
        PeriodCover.of(d("2025-04-01"), d("2025-04-30")));
    assertEquals(
        List.of(new Span(Grain.YEAR, d("2023-01-01"), d("2025-01-01"))),
        PeriodCover.of(d("2023-01-01"), d("2025-12-31")));
  }

  @Test
  void open_ends_become_whole_years_around_the_bounded_end() {
    List<Span> spans = PeriodCover.of(null, d("2025-04-08"));
    assertEquals(new Span(Grain.YEAR, d("0001-01-01"), d("2024-01-01")), spans.get(0));
    assertEquals(new Span(Grain.MONTH, d("2025-01-01"), d("2025-03-01")), spans.get(1));
    assertEquals(new Span(Grain.DAY, d("2025-04-01"), d("2025-04-08")), spans.get(2));
    assertEquals(
        List.of(new Span(Grain.YEAR, d("0001-01-01"), d("9999-01-01"))),
        PeriodCover.of(null, null));
  }

  /** Every day of random intervals lies in exactly one span, and no other day does. */
  @Test
  void random_intervals_are_covered_exactly_once() {
    SplittableRandom random = new SplittableRandom(7);
    LocalDate base = d("2022-11-20");
    for (int run = 0; run < 300; run++) {
      LocalDate from = base.plusDays(random.nextInt(900));
      LocalDate to = from.plusDays(random.nextInt(900));
      Map<LocalDate, Integer> hits = new HashMap<>();
      for (Span s : PeriodCover.of(from, to)) {
        for (LocalDate p = s.first(); !p.isAfter(s.last()); p = next(s.grain(), p)) {
          LocalDate end = next(s.grain(), p);
          for (LocalDate day = p; day.isBefore(end); day = day.plusDays(1)) {
            hits.merge(day, 1, Integer::sum);
          }
        }
      }
      for (LocalDate day = from.minusDays(400);
          day.isBefore(to.plusDays(400));
          day = day.plusDays(1)) {
        int expected = day.isBefore(from) || day.isAfter(to) ? 0 : 1;
        assertEquals(expected, hits.getOrDefault(day, 0), from + "/" + to + " at " + day);
      }
    }
  }

  private static LocalDate next(Grain g, LocalDate p) {
    return switch (g) {
      case DAY -> p.plusDays(1);
      case MONTH -> p.plusMonths(1);
      case YEAR -> p.plusYears(1);
    };
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }
}
