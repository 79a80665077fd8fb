package org.conflictmap.geoparse.text;

/**
 * A sentence of a report.
 *
 * @param index position among the report's sentences, from 0
 * @param start offset of its first non-blank character in the report (Java {@code String} index)
 * @param end offset just past its last non-blank character
 * @param text {@code report.substring(start, end)}
 * @param paragraphStart true when it opens a paragraph (first of the text or after a line break)
 */
public record Sentence(int index, int start, int end, String text, boolean paragraphStart) {
  public Sentence {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("sentence span " + start + ".." + end);
    }
  }

  /** True when {@code offset} lies within the sentence. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
