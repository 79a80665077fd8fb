package org.conflictmap.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.Json;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.geoparse.Geoparser;
import org.conflictmap.metrics.Metrics;
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
  private final Metrics metrics;

  /**
   * @param metrics where to count ingests, or {@code null}
   */
  public Ingest(EventStore store, ReportParser parser, Metrics metrics) {
    this.store = store;
    this.parser = parser;
    this.metrics = metrics;
  }

  /**
   * The ingest path of the service: {@code geoparser} turns text into mentions and events (timed on
   * {@code metrics} when given).
   */
  public static Ingest over(EventStore store, Geoparser geoparser, Metrics metrics) {
    ReportParser parser =
        (text, published, lang) -> {
          long t0 = System.nanoTime();
          GeoparseResult r = geoparser.parse(text, published, lang);
          if (metrics != null) {
            metrics.geoparsed(text.length(), System.nanoTime() - t0);
          }
          return new ReportParser.Parsed(Json.write(r.mentions()), r.storeEvents());
        };
    return new Ingest(store, parser, metrics);
  }

  /** A report as submitted; {@code text} is required, the rest may be {@code null}. */
  public record Submission(
      String text, LocalDate published, String url, String title, String lang) {}

  /** Stores {@code s} unless it is stored already; see {@link EventStore.Saved#created()}. */
  public EventStore.Saved ingest(Submission s) {
    Report draft = Report.draft(s.url(), s.title(), s.published(), s.lang(), s.text(), null);
    var earlier = store.findDuplicate(draft.url(), draft.contentHash());
    EventStore.Saved saved;
    if (earlier.isPresent()) {
      saved = new EventStore.Saved(earlier.get(), store.eventsOf(earlier.get().id()), false);
    } else {
      ReportParser.Parsed parsed = parser.parse(s.text(), s.published(), s.lang());
      saved = store.save(draft.withMentions(parsed.mentionsJson()), parsed.events());
    }
    if (metrics != null) {
      metrics.ingested(saved.created(), saved.events().size());
    }
    return saved;
  }

  /**
   * Stores several submissions in one transaction (see {@link EventStore#saveAll}): all of them or,
   * when the store fails, none. Those stored already are answered from the store without parsing.
   *
   * @return one outcome per submission, in order
   */
  public List<EventStore.Saved> ingestAll(List<Submission> batch) {
    EventStore.Saved[] out = new EventStore.Saved[batch.size()];
    List<EventStore.Draft> drafts = new ArrayList<>();
    List<Integer> drafted = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      Submission s = batch.get(i);
      Report draft = Report.draft(s.url(), s.title(), s.published(), s.lang(), s.text(), null);
      var earlier = store.findDuplicate(draft.url(), draft.contentHash());
      if (earlier.isPresent()) {
        out[i] = new EventStore.Saved(earlier.get(), store.eventsOf(earlier.get().id()), false);
      } else {
        ReportParser.Parsed parsed = parser.parse(s.text(), s.published(), s.lang());
        drafts.add(
            new EventStore.Draft(draft.withMentions(parsed.mentionsJson()), parsed.events()));
        drafted.add(i);
      }
    }
    List<EventStore.Saved> saved = store.saveAll(drafts);
    for (int k = 0; k < drafted.size(); k++) {
      out[drafted.get(k)] = saved.get(k);
    }
    if (metrics != null) {
      for (EventStore.Saved s : out) {
        metrics.ingested(s.created(), s.events().size());
      }
    }
    return List.of(out);
  }

  public EventStore store() {
    return store;
  }
}
