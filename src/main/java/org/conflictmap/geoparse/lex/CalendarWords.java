package org.conflictmap.geoparse.lex;

import java.util.Set;

/**
 * Weekday and month names, lower case: English with their abbreviations, German (capitalised like
 * names, "am Montag"), French, Ukrainian and Russian (capitalised at a sentence's start): words
 * that name a time, never a place ("in Basra Wednesday", "Mar", "Sun", "Montag"), whatever towns
 * share them.
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
          "dec",
          // German (capitalised like names): weekdays and months
          "montag",
          "dienstag",
          "mittwoch",
          "donnerstag",
          "freitag",
          "samstag",
          "sonnabend",
          "sonntag",
          "januar",
          "februar",
          "märz",
          "juni",
          "juli",
          "oktober",
          "dezember",
          "mai",
          // French, Ukrainian and Russian, capitalised at the start of a sentence
          "lundi",
          "mardi",
          "mercredi",
          "jeudi",
          "vendredi",
          "samedi",
          "dimanche",
          "janvier",
          "février",
          "mars",
          "avril",
          "juin",
          "juillet",
          "août",
          "septembre",
          "octobre",
          "novembre",
          "décembre",
          "понеділок",
          "понеділка",
          "вівторок",
          "середа",
          "середу",
          "четвер",
          "пʼятниця",
          "п'ятниця",
          "п'ятницю",
          "субота",
          "суботу",
          "неділя",
          "неділю",
          "понедельник",
          "вторник",
          "среда",
          "среду",
          "четверг",
          "пятница",
          "пятницу",
          "суббота",
          "субботу",
          "воскресенье");

  /** True when {@code lower} (a lower-case word) is in {@link #ALL}. */
  public static boolean contains(String lower) {
    return ALL.contains(lower);
  }
}
