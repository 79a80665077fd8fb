package org.conflictmap.geoparse.lex;

import java.util.Set;

/**
 * English weekday and month names with their abbreviations, lower case: words that name a time,
 * never a place ("in Basra Wednesday", "Mar", "Sun"), whatever towns share them.
 */
public final class CalendarWords {
  private CalendarWords() {}

  /** Weekdays, months and their usual abbreviations. */
  public static final Set<String> ALL =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "wed",
          "thu",
          "fri",
          "sat",
          "sun",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** True when {@code lower} (a lower-case word) is in {@link #ALL}. */
  public static boolean contains(String lower) {
    return ALL.contains(lower);
  }
}
