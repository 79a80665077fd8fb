package org.conflictmap.geoparse.eval;

import java.util.List;
import java.util.Objects;

/**
 * One document of a gold set in the shape of {@code shared/eval/README.md}: either toponyms (the
 * EUPEG sets) or event verbs with the spans where each event happened (the event-location set).
 *
 * @param id document id, unique within the set
 * @param text the document text; offsets are Java {@code String} indices into it
 * @param toponyms gold toponyms, or {@code null} for a set without them
 * @param verbs gold event verbs, or {@code null} for a set without them
 */
public record GoldDocument(String id, String text, List<Toponym> toponyms, List<Verb> verbs) {
  public GoldDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    toponyms = toponyms == null ? null : List.copyOf(toponyms);
    verbs = verbs == null ? null : List.copyOf(verbs);
  }

  /**
   * A hand-annotated place name.
   *
   * @param start offset of the first character
   * @param end offset just past the last character
   * @param surface the text between the offsets
   * @param lat latitude of the place meant
   * @param lon longitude of the place meant
   */
  public record Toponym(int start, int end, String surface, double lat, double lon) {}

  /**
   * An event verb and the spans naming where that event happened (possibly none).
   *
   * @param start offset of the verb
   * @param end offset just past the verb
   * @param locations spans of the event's location
   */
  public record Verb(int start, int end, List<Span> locations) {
    public Verb {
      locations = locations == null ? List.of() : List.copyOf(locations);
    }
  }

  /** A span of text: {@code [start, end)}. */
  public record Span(int start, int end) {
    /** True when the two spans share at least one character. */
    public boolean overlaps(int otherStart, int otherEnd) {
      return otherStart < end && start < otherEnd;
    }
  }
}
