package org.conflictmap.geoparse.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictmap.store.Event.DatePrecision;

/**
 * Finds the date an event sentence speaks of and resolves it against the report's published date.
 *
 * <p>Rules, first match in a sentence wins, in this order of precedence:
 *
 * <ol>
 *   <li>ISO dates {@code 2025-04-08} and numeric {@code 08.04.2025} (day.month.year): day.
 *   <li>Day and month names, either order, optional ordinal suffix and year: "8 April", "April 8,
 *       2025", "8th of April", "8. April 2025" (German), "8 avril" (French), "8 квітня"
 *       (Ukrainian), "8 апреля" (Russian): day. Without a year, the year is the one that puts the
 *       date on or before the published date (a report speaks of the past); a date up to two days
 *       after publication is allowed in the published year (time zones, early editions).
 *   <li>Relative days: "today", "this morning", "tonight" (published date); "yesterday", "last
 *       night", "overnight" (the day before); "the day before yesterday" (two days before), and
 *       their German, French, Ukrainian and Russian equivalents ("gestern", "hier soir", "вчора",
 *       "учора", "вчера"); "la veille", "am Vortag", "напередодні", "накануне" (the eve, taken as
 *       the day before publication): day.
 *   <li>Weekdays ("on Tuesday", "Tuesday", "mardi", "Dienstag", "вівторок", "во вторник"): the
 *       latest such day on or before the published date: day.
 *   <li>"last week" / "this week" and equivalents: the Monday of that week: week.
 *   <li>"last month" / "this month" / "in April" / "April 2025" / "earlier this month": the first
 *       of that month: month. A bare month name resolves like a date without a year.
 * </ol>
 *
 * <p>A sentence with none of these has no date of its own ({@link #find} answers empty); the caller
 * then uses the published date ({@link ResolvedDate#published}). Stateless and thread-safe.
 */
public final class DateResolver {
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

  static {
    month(
        1, "january", "jan", "januar", "jänner", "janvier", "січня", "січень", "января", "январь");
    month(
        2,
        "february",
        "feb",
        "februar",
        "février",
        "fevrier",
        "лютого",
        "лютий",
        "февраля",
        "февраль");
    month(3, "march", "mar", "märz", "maerz", "mars", "березня", "березень", "марта", "март");
    month(4, "april", "apr", "avril", "квітня", "квітень", "апреля", "апрель");
    month(5, "may", "mai", "травня", "травень", "мая", "май");
    month(6, "june", "jun", "juni", "juin", "червня", "червень", "июня", "июнь");
    month(7, "july", "jul", "juli", "juillet", "липня", "липень", "июля", "июль");
    month(8, "august", "aug", "août", "aout", "серпня", "серпень", "августа", "август");
    month(
        9, "september", "sep", "sept", "septembre", "вересня", "вересень", "сентября", "сентябрь");
    month(10, "october", "oct", "oktober", "octobre", "жовтня", "жовтень", "октября", "октябрь");
    month(11, "november", "nov", "novembre", "листопада", "листопад", "ноября", "ноябрь");
    month(
        12,
        "december",
        "dec",
        "dezember",
        "décembre",
        "decembre",
        "грудня",
        "грудень",
        "декабря",
        "декабрь");
    weekday(DayOfWeek.MONDAY, "monday", "montag", "lundi", "понеділок", "понеділка", "понедельник");
    weekday(DayOfWeek.TUESDAY, "tuesday", "dienstag", "mardi", "вівторок", "вівторка", "вторник");
    weekday(
        DayOfWeek.WEDNESDAY,
        "wednesday",
        "mittwoch",
        "mercredi",
        "в середу",
        "у середу",
        "середи",
        "в среду");
    weekday(DayOfWeek.THURSDAY, "thursday", "donnerstag", "jeudi", "четвер", "четверга", "четверг");
    weekday(
        DayOfWeek.FRIDAY,
        "friday",
        "freitag",
        "vendredi",
        "п'ятницю",
        "пʼятницю",
        "п’ятницю",
        "п'ятниця",
        "п'ятниці",
        "пʼятниці",
        "п’ятниці",
        "пятницу",
        "пятница");
    weekday(
        DayOfWeek.SATURDAY,
        "saturday",
        "samstag",
        "sonnabend",
        "samedi",
        "суботу",
        "субота",
        "суботи",
        "субботу",
        "суббота");
    weekday(
        DayOfWeek.SUNDAY,
        "sunday",
        "sonntag",
        "dimanche",
        "неділю",
        "неділя",
        "неділі",
        "воскресенье");
  }

  private static final String MONTH_ALT = alternation(MONTHS.keySet());
  private static final String WEEKDAY_ALT = alternation(WEEKDAYS.keySet());

  /**
   * For each month and weekday name, its longest run of letters: a text can only match a name whose
   * run it holds as a whole word, so the long alternations run only then (most sentences name no
   * month or weekday, and an alternation of some hundred names tried at every position was most of
   * the geoparser's time).
   */
  private static final java.util.Set<String> MONTH_WORDS = longestRuns(MONTHS.keySet());

  private static final java.util.Set<String> WEEKDAY_WORDS = longestRuns(WEEKDAYS.keySet());

  private static java.util.Set<String> longestRuns(java.util.Set<String> names) {
    java.util.Set<String> runs = new java.util.HashSet<>();
    for (String name : names) {
      String longest = "";
      for (String run : name.split("[^\\p{L}]+")) {
        if (run.length() > longest.length()) {
          longest = run;
        }
      }
      runs.add(longest);
    }
    return java.util.Set.copyOf(runs);
  }

  /** True when a whole word (maximal run of letters) of {@code lower} is in {@code words}. */
  private static boolean hasWord(String lower, java.util.Set<String> words) {
    int i = 0;
    int n = lower.length();
    while (i < n) {
      while (i < n && !Character.isLetter(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(lower.charAt(i))) {
        i++;
      }
      if (i > start && words.contains(lower.substring(start, i))) {
        return true;
      }
    }
    return false;
  }

  /** Patterns run on lower-cased text: no case folding while matching (much faster). */
  private static final int F = 0;

  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern NUMERIC =
      Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:of\\s+)?("
              + MONTH_ALT
              + ")\\.?(?![\\p{L}])(?:,?\\s+(\\d{4})\\b)?",
          F);
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?<![\\p{L}])("
              + MONTH_ALT
              + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])(?:,?\\s+(\\d{4})\\b)?",
          F);
  private static final Pattern RELATIVE_DAY =
      Pattern.compile(
          "(?<![\\p{L}])(the day before yesterday|day before yesterday|vorgestern|avant-hier"
              + "|позавчора|позавчера|yesterday|last night|overnight|gestern|hier soir|hier matin"
              + "|la nuit dernière|la veille|letzte nacht|am vortag|вчора|учора|вчера"
              + "|напередодні|накануне|минулої ночі|прошлой ночью|сьогодні вночі"
              + "|today|this morning|this afternoon|this evening|tonight|heute|aujourd'hui"
              + "|ce matin|cette nuit|сьогодні|сегодня)(?![\\p{L}])",
          F);
  private static final Pattern WEEKDAY =
      Pattern.compile("(?<![\\p{L}])(" + WEEKDAY_ALT + ")(?![\\p{L}])", F);

  /** Small numbers written out, as "N days ago" uses them. */
  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("zwei", 2),
          Map.entry("drei", 3),
          Map.entry("vier", 4),
          Map.entry("deux", 2),
          Map.entry("trois", 3),
          Map.entry("quatre", 4),
          Map.entry("два", 2),
          Map.entry("дві", 2),
          Map.entry("три", 3),
          Map.entry("чотири", 4),
          Map.entry("четыре", 4),
          Map.entry("пять", 5),
          Map.entry("п'ять", 5));

  /**
   * "two days ago", "vor drei Tagen", "il y a deux jours", "два дні тому", "три дня назад": that
   * many days before the published date.
   */
  private static final Pattern DAYS_AGO =
      Pattern.compile(
          "(?<![\\p{L}])(?:(\\d{1,2}|two|three|four|five|deux|trois|quatre|два|дві|три|чотири"
              + "|четыре|пять|п'ять)\\s+(?:days|jours|дні|днів|дня|дней)\\s+(?:ago|тому|назад)"
              + "|(?:vor|il y a)\\s+(\\d{1,2}|zwei|drei|vier|deux|trois|quatre)\\s+(?:tagen|jours))"
              + "(?![\\p{L}])",
          F);

  private static final Pattern RELATIVE_WEEK =
      Pattern.compile(
          "(?<![\\p{L}])(last week|past week|previous week|this week|earlier this week"
              + "|letzte woche|vergangene woche|letzten woche|vergangenen woche|diese woche"
              + "|la semaine dernière|cette semaine|минулого тижня|на минулому тижні|цього тижня"
              + "|на прошлой неделе|на этой неделе)(?![\\p{L}])",
          F);
  private static final Pattern RELATIVE_MONTH =
      Pattern.compile(
          "(?<![\\p{L}])(last month|past month|previous month|this month|earlier this month"
              + "|letzten monat|vergangenen monat|diesen monat|le mois dernier|ce mois-ci"
              + "|минулого місяця|цього місяця|в прошлом месяце|в этом месяце)(?![\\p{L}])",
          F);
  private static final Pattern MONTH_ONLY =
      Pattern.compile(
          "(?<![\\p{L}])(?:in|since|during|im|en|in early|in late|in mid-)\\s+("
              + MONTH_ALT
              + ")(?![\\p{L}])(?:\\s+(\\d{4})\\b)?|(?<![\\p{L}])("
              + MONTH_ALT
              + ")\\s+(\\d{4})\\b",
          F);

  private DateResolver() {}

  private static final Pattern FRENCH_HIER = Pattern.compile("(?<![\\p{L}])[hH]ier(?![\\p{L}])");

  /** Words that mark a sentence as French when no language hint is given. */
  private static final Pattern FRENCH_WORDS =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:les|des|une|du|été|ont|selon|dans|avec|près|après|contre)(?![\\p{L}])"
              + "|(?:l|d|qu)['’](?=\\p{L}))");

  /** Words that mark a sentence as German ("hier" is then "here"). */
  private static final Pattern GERMAN_WORDS =
      Pattern.compile(
          "(?<![\\p{L}])(der|die|das|und|ist|sind|wurde|wurden|hat|haben|nicht|ein|eine|bei)(?![\\p{L}])");

  /**
   * As {@link #find(String, LocalDate)}, with a language hint: in French a bare "hier" is yesterday
   * (in German it means "here" and is ignored). The sentence is taken as French when the hint says
   * {@code fr}, or, with no hint, when it holds at least two French function words ("les", "des",
   * "ont", "été", "selon", "l'"…) and no German one ("der", "und", "wurde"…).
   */
  public static Optional<ResolvedDate> find(String text, LocalDate published, String lang) {
    Optional<ResolvedDate> d = find(text, published);
    if (d.isEmpty() && ("fr".equals(lang) || lang == null && looksFrench(text))) {
      Matcher m = FRENCH_HIER.matcher(text);
      if (m.find()) {
        return Optional.of(
            new ResolvedDate(published.minusDays(1), DatePrecision.day, m.start(), m.end()));
      }
    }
    return d;
  }

  private static boolean looksFrench(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (GERMAN_WORDS.matcher(lower).find()) {
      return false;
    }
    Matcher m = FRENCH_WORDS.matcher(lower);
    int n = 0;
    while (m.find() && n < 2) {
      n++;
    }
    return n >= 2;
  }

  /** The date the text (usually one sentence) speaks of, resolved against {@code published}. */
  public static Optional<ResolvedDate> find(String text, LocalDate published) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.length() != text.length()) {
      lower = lowerSameLength(text);
    }
    return findLower(lower, published);
  }

  /** Lower case char by char, so offsets stay those of the original text. */
  private static String lowerSameLength(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  /** The first match of an all-digit date, if it is a real day; groups of year, month, day. */
  private static Optional<ResolvedDate> firstDay(Matcher m, int year, int month, int day) {
    if (!m.find()) {
      return Optional.empty();
    }
    return day(
        m,
        Integer.parseInt(m.group(year)),
        Integer.parseInt(m.group(month)),
        Integer.parseInt(m.group(day)));
  }

  private static Optional<ResolvedDate> findLower(String text, LocalDate published) {
    Optional<ResolvedDate> numeric = firstDay(ISO.matcher(text), 1, 2, 3);
    if (numeric.isEmpty()) {
      numeric = firstDay(NUMERIC.matcher(text), 3, 2, 1);
    }
    if (numeric.isPresent()) {
      return numeric;
    }
    Matcher m;
    Optional<ResolvedDate> best = Optional.empty();
    boolean months = hasWord(text, MONTH_WORDS);
    m = DAY_MONTH.matcher(months ? text : "");
    while (m.find()) {
      Optional<ResolvedDate> d =
          dayMonth(
              m, published, Integer.parseInt(m.group(1)), MONTHS.get(key(m.group(2))), m.group(3));
      if (d.isPresent()) {
        best = d;
        break;
      }
    }
    m = MONTH_DAY.matcher(months ? text : "");
    while (m.find()) {
      if (best.isPresent() && best.get().start() <= m.start()) {
        break;
      }
      Optional<ResolvedDate> d =
          dayMonth(
              m, published, Integer.parseInt(m.group(2)), MONTHS.get(key(m.group(1))), m.group(3));
      if (d.isPresent()) {
        best = d;
        break;
      }
    }
    if (best.isPresent()) {
      return best;
    }
    m = RELATIVE_DAY.matcher(text);
    if (m.find()) {
      String w = key(m.group(1));
      int back =
          switch (w) {
            case "the day before yesterday",
                "day before yesterday",
                "vorgestern",
                "avant-hier",
                "позавчора",
                "позавчера" ->
                2;
            case "yesterday",
                "last night",
                "overnight",
                "gestern",
                "hier soir",
                "hier matin",
                "la nuit dernière",
                "la veille",
                "letzte nacht",
                "am vortag",
                "вчора",
                "учора",
                "напередодні",
                "накануне",
                "вчера",
                "минулої ночі",
                "прошлой ночью" ->
                1;
            default -> 0;
          };
      return Optional.of(
          new ResolvedDate(published.minusDays(back), DatePrecision.day, m.start(), m.end()));
    }
    m = DAYS_AGO.matcher(text);
    if (m.find()) {
      String n = m.group(1) != null ? m.group(1) : m.group(2);
      Integer days = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : NUMBERS.get(n);
      if (days != null && days <= 31) {
        return Optional.of(
            new ResolvedDate(published.minusDays(days), DatePrecision.day, m.start(), m.end()));
      }
    }
    m = WEEKDAY.matcher(hasWord(text, WEEKDAY_WORDS) ? text : "");
    if (m.find()) {
      DayOfWeek dow = WEEKDAYS.get(key(m.group(1)));
      LocalDate d = published.with(TemporalAdjusters.previousOrSame(dow));
      return Optional.of(new ResolvedDate(d, DatePrecision.day, m.start(), m.end()));
    }
    m = RELATIVE_WEEK.matcher(text);
    if (m.find()) {
      String w = key(m.group(1));
      boolean current =
          w.contains("this")
              || w.contains("diese")
              || w.contains("cette")
              || w.contains("цього")
              || w.contains("этой");
      LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return Optional.of(
          new ResolvedDate(
              current ? monday : monday.minusWeeks(1), DatePrecision.week, m.start(), m.end()));
    }
    m = RELATIVE_MONTH.matcher(text);
    if (m.find()) {
      String w = key(m.group(1));
      boolean current =
          w.contains("this")
              || w.contains("diesen")
              || w.contains("ce mois")
              || w.contains("цього")
              || w.contains("этом");
      LocalDate first = published.withDayOfMonth(1);
      return Optional.of(
          new ResolvedDate(
              current ? first : first.minusMonths(1), DatePrecision.month, m.start(), m.end()));
    }
    m = MONTH_ONLY.matcher(months ? text : "");
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(3);
      String year = m.group(1) != null ? m.group(2) : m.group(4);
      Integer month = MONTHS.get(key(name));
      if (month == null || (key(name).equals("may") && m.group(1) == null && year == null)) {
        continue;
      }
      int y = year != null ? Integer.parseInt(year) : published.getYear();
      LocalDate first = LocalDate.of(y, month, 1);
      if (year == null && first.isAfter(published)) {
        first = first.minusYears(1);
      }
      return Optional.of(new ResolvedDate(first, DatePrecision.month, m.start(), m.end()));
    }
    return Optional.empty();
  }

  /** The date of {@code text}, or the published date when it gives none. */
  public static ResolvedDate resolve(String text, LocalDate published) {
    return find(text, published).orElseGet(() -> ResolvedDate.published(published));
  }

  private static Optional<ResolvedDate> dayMonth(
      Matcher m, LocalDate published, int day, Integer month, String year) {
    if (month == null) {
      return Optional.empty();
    }
    // "may" is also a verb: accept it only with a day right next to it, which the pattern ensures.
    try {
      if (year != null) {
        return Optional.of(
            new ResolvedDate(
                LocalDate.of(Integer.parseInt(year), month, day),
                DatePrecision.day,
                m.start(),
                m.end()));
      }
      LocalDate d = LocalDate.of(published.getYear(), month, day);
      if (d.isAfter(published.plusDays(2))) {
        d = d.minusYears(1);
      }
      return Optional.of(new ResolvedDate(d, DatePrecision.day, m.start(), m.end()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<ResolvedDate> day(Matcher m, int year, int month, int day) {
    try {
      return Optional.of(
          new ResolvedDate(LocalDate.of(year, month, day), DatePrecision.day, m.start(), m.end()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static void month(int n, String... names) {
    for (String name : names) {
      MONTHS.put(name, n);
    }
  }

  private static void weekday(DayOfWeek d, String... names) {
    for (String name : names) {
      WEEKDAYS.put(name, d);
    }
  }

  private static String alternation(java.util.Set<String> words) {
    return words.stream()
        .sorted((a, b) -> b.length() - a.length())
        .map(Pattern::quote)
        .reduce((a, b) -> a + "|" + b)
        .orElseThrow();
  }
}
