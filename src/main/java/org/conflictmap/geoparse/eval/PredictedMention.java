package org.conflictmap.geoparse.eval;

/**
 * What the scorer reads of a predicted mention: the {@code geoparse --jsonl} mention fields.
 *
 * @param surface the mention text, or {@code null}
 * @param start offset of the first character
 * @param end offset just past the last character
 * @param lat latitude, or {@code null} when unresolved (then it is ignored by toponym scoring)
 * @param lon longitude, or {@code null} when unresolved
 * @param role {@code event}, {@code context}, or {@code null}
 */
public record PredictedMention(
    String surface, int start, int end, Double lat, Double lon, String role) {

  /** True when the mention has coordinates, i.e. counts for toponym scoring. */
  public boolean located() {
    return lat != null && lon != null;
  }
}
