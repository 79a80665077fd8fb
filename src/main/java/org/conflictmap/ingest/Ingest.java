package org.conflictmap.ingest;

import java.time.LocalDate;
import org.conflictmap.store.EventStore;
import org.conflictmap.store.Report;

/**
 * Puts a report into the store: geoparse, then save report and events in one transaction. A report
 * already stored (same url, or same normalised text) is answered from the store without parsing it
 * again. Thread-safe.
 */
public final class Ingest {
  private final EventStore store;
  private final ReportParser parser;

  public Ingest(EventStore store, ReportParser parser) {
    this.store = store;
    this.parser = parser;
  }

  /** A report as submitted; {@code text} is required, the rest may be {@code null}. */
  public record Submission(
      String text, LocalDate published, String url, String title, String lang) {}

  /** Stores {@code s} unless it is stored already; see {@link EventStore.Saved#created()}. */
  public EventStore.Saved ingest(Submission s) {
    Report draft = Report.draft(s.url(), s.title(), s.published(), s.lang(), s.text(), null);
    var earlier = store.findDuplicate(draft.url(), draft.contentHash());
    if (earlier.isPresent()) {
      return new EventStore.Saved(earlier.get(), store.eventsOf(earlier.get().id()), false);
    }
    ReportParser.Parsed parsed = parser.parse(s.text(), s.published(), s.lang());
    Report report =
        Report.draft(s.url(), s.title(), s.published(), s.lang(), s.text(), parsed.mentionsJson());
    return store.save(report, parsed.events());
  }

  public EventStore store() {
    return store;
  }
}
