package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.store.Event.PlaceKind;

/**
 * A place mention found in text, before resolution.
 *
 * @param start offset of the mention (including a region word: "Donetsk region")
 * @param end offset just past the mention
 * @param nameEnd offset just past the name itself ("Donetsk"), {@code <= end}
 * @param surface {@code text.substring(start, end)}
 * @param form name or adjective
 * @param candidates the places the name may refer to; empty for a name the gazetteer does not list
 *     ({@link UnlistedPlaceFinder}), which is never resolved
 * @param kindHint the kind the text signals ("region" -> admin1, "city of" -> locality), or {@code
 *     null}
 * @param sentence index of the sentence holding it
 */
public record RawMention(
    int start,
    int end,
    int nameEnd,
    String surface,
    Form form,
    List<Candidate> candidates,
    PlaceKind kindHint,
    int sentence) {
  public RawMention {
    candidates = List.copyOf(candidates);
  }

  /** True when the gazetteer holds candidates for the name. */
  public boolean placed() {
    return !candidates.isEmpty();
  }

  /** The same mention with another kind hint. */
  public RawMention withKindHint(PlaceKind hint) {
    return new RawMention(start, end, nameEnd, surface, form, candidates, hint, sentence);
  }
}
