package org.conflictmap.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A news report as stored: the text an analyst pasted or a feed delivered, plus where it came from.
 *
 * <p>A report is unique by {@code url} (when given) and by {@code contentHash}, the SHA-256 of its
 * normalised text (see {@link ContentHash}); the store never keeps the same report twice.
 *
 * @param id store-assigned id, {@code 0} for a report not yet stored
 * @param url source address, or {@code null}
 * @param title headline, or {@code null}
 * @param published publication date, or {@code null} when unknown
 * @param lang ISO 639-1 language code, or {@code null} when unknown
 * @param text the full report text (never blank)
 * @param contentHash hex SHA-256 of the normalised text
 * @param mentionsJson the geoparser's mentions as a JSON array (kept so a stored report answers
 *     with exactly what it answered when it was posted), {@code "[]"} when none
 * @param createdAt when the store accepted it, {@code null} before
 */
public record Report(
    long id,
    String url,
    String title,
    LocalDate published,
    String lang,
    String text,
    String contentHash,
    String mentionsJson,
    Instant createdAt) {

  public Report {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentHash, "contentHash");
    if (mentionsJson == null) {
      mentionsJson = "[]";
    }
  }

  /** A report not stored yet; its hash is computed from {@code text}. */
  public static Report draft(
      String url, String title, LocalDate published, String lang, String text, String mentions) {
    return new Report(0, url, title, published, lang, text, ContentHash.of(text), mentions, null);
  }

  /**
   * This report with {@code mentions} as its mentions JSON (the hash is kept, not computed again).
   */
  public Report withMentions(String mentions) {
    return new Report(id, url, title, published, lang, text, contentHash, mentions, createdAt);
  }
}
