package org.conflictmap.geoparse.text;

/**
 * A word of text.
 *
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param text the word as written
 * @param lower the word in lower case (root locale), apostrophes unified to {@code '}
 */
public record Token(int start, int end, String text, String lower) {
  /** True when the word starts with an upper-case letter. */
  public boolean capitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /** True when the word is a number. */
  public boolean numeric() {
    return !text.isEmpty() && Character.isDigit(text.charAt(0));
  }
}
