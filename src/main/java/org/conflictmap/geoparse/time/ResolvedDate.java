package org.conflictmap.geoparse.time;

import java.time.LocalDate;
import java.util.Objects;
import org.conflictmap.store.Event.DatePrecision;

/**
 * A date read from text, or the published date standing in for one.
 *
 * @param date the day; for week precision the Monday of the week, for month the first of the month
 * @param precision how precisely it is known
 * @param start offset of the expression in the text it was read from, or -1 for the published date
 * @param end offset just past the expression, or -1
 */
public record ResolvedDate(LocalDate date, DatePrecision precision, int start, int end) {
  public ResolvedDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
  }

  /** The published date of a report, used when the text gives no date: day precision. */
  public static ResolvedDate published(LocalDate published) {
    return new ResolvedDate(published, DatePrecision.day, -1, -1);
  }

  /** True when the date was read from the text. */
  public boolean explicit() {
    return start >= 0;
  }
}
