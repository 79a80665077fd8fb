package org.conflictmap.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventQuery;
import org.conflictmap.store.EventStore;

/**
 * Events as CSV (RFC 4180, UTF-8, CRLF line ends), one row per event, with ACLED-like columns.
 * Fields holding a comma, quote or line break are quoted; a field starting with {@code = + - @}
 * gets a leading apostrophe so spreadsheets do not run it as a formula.
 */
public final class EventCsvWriter {
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "date",
          "datePrecision",
          "type",
          "subType",
          "actors",
          "country",
          "admin1",
          "place",
          "lat",
          "lon",
          "geoPrecision",
          "reportId",
          "sourceUrl",
          "evidence");

  private final Writer out;

  public EventCsvWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Writes the header and all matching events; flushes; answers the number of rows. */
  public long writeAll(EventStore store, EventQuery query) throws IOException {
    out.write(String.join(",", COLUMNS));
    out.write("\r\n");
    long[] n = {0};
    SourceUrls urls = new SourceUrls(store);
    try {
      store.stream(
          query,
          e -> {
            try {
              row(e, urls.of(e.reportId()));
              n[0]++;
            } catch (IOException x) {
              throw new UncheckedIOException(x);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return n[0];
  }

  private void row(Event e, String url) throws IOException {
    field(Long.toString(e.id()));
    sep();
    field(e.date().toString());
    sep();
    field(e.datePrecision().name());
    sep();
    field(e.type());
    sep();
    field(e.subType());
    sep();
    field(String.join("; ", e.actors()));
    sep();
    field(e.country());
    sep();
    field(e.admin1());
    sep();
    field(e.placeName());
    sep();
    field(Double.toString(e.lat()));
    sep();
    field(Double.toString(e.lon()));
    sep();
    field(Integer.toString(e.geoPrecision()));
    sep();
    field(Long.toString(e.reportId()));
    sep();
    field(url);
    sep();
    field(e.evidence().sentence());
    out.write("\r\n");
  }

  private void sep() throws IOException {
    out.write(',');
  }

  private void field(String v) throws IOException {
    out.write(escape(v));
  }

  /** One CSV field: empty for null, quoted when needed, formulas defused. */
  static String escape(String v) {
    if (v == null || v.isEmpty()) {
      return "";
    }
    String s = v;
    char first = s.charAt(0);
    if ((first == '=' || first == '+' || first == '@' || first == '-' || first == '\t')
        && !s.matches("-?[0-9.]+(E-?[0-9]+)?")) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
