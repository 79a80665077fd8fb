package org.conflictmap.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The identity of a report's text: two texts that differ only in Unicode normal form, letter case,
 * or whitespace (runs, line breaks, leading and trailing) have the same hash.
 */
public final class ContentHash {
  private ContentHash() {}

  /**
   * Normalises {@code text}: NFKC, lower case (root locale), whitespace runs to one space, trim.
   */
  public static String normalise(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return nfkc.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** Hex SHA-256 of {@link #normalise(String)}. */
  public static String of(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
