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
    // ASCII is its own NFKC form; skipping the normaliser for it makes hashing a report ~10x
    // faster.
    String nfkc = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    String lower = nfkc.toLowerCase(Locale.ROOT);
    // Runs of regex \\s (space, tab, line breaks, vertical tab, form feed) become one space, then
    // strip(): the same as replaceAll("\\s+", " ").strip(), without the regex.
    StringBuilder out = new StringBuilder(lower.length());
    boolean inRun = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        if (!inRun) {
          out.append(' ');
        }
        inRun = true;
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString().strip();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
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
