package org.conflictmap.ingest;

import java.time.LocalDate;
import java.util.List;
import org.conflictmap.store.Event;

/**
 * Turns a report's text into its mentions and events: the seam between the geoparser and the store.
 * Implementations are thread-safe and deterministic (the same input gives the same output).
 */
@FunctionalInterface
public interface ReportParser {

  /**
   * @param text the report text
   * @param published publication date (relative dates resolve against it), or {@code null}
   * @param lang ISO 639-1 language code, or {@code null} to detect
   */
  Parsed parse(String text, LocalDate published, String lang);

  /**
   * @param mentionsJson the mentions as a JSON array (DESIGN.md's shape)
   * @param events event drafts (ids 0)
   */
  record Parsed(String mentionsJson, List<Event> events) {
    public Parsed {
      events = List.copyOf(events);
    }
  }
}
