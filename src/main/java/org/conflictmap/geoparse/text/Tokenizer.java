package org.conflictmap.geoparse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words: maximal runs of letters and digits, joined across a single inner
 * apostrophe or full stop between letters ("O'Neill", "U.S"); a hyphen separates words
 * ("Ivano-Frankivsk" is two, which names then join again, "au-dessus" is "au" and "dessus"). A
 * possessive {@code 's} is not part of the word ("Kyiv's" gives "Kyiv"), nor is a French elided
 * word before its apostrophe ("l'Ukraine" gives "l" and "Ukraine", "d'Odessa" "d" and "Odessa").
 * Punctuation is dropped. Stateless and thread-safe.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** The words of {@code text} between {@code from} and {@code to}, offsets into {@code text}. */
  public static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < to) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '\u0301') {
          i++;
        } else if (isJoiner(c)
            && i + 1 < to
            && Character.isLetter(text.charAt(i + 1))
            && i > s
            && Character.isLetter(text.charAt(i - 1))
            && !possessive(text, i, to)
            && !(c != '.' && elided(text, s, i))) {
          i++;
        } else {
          break;
        }
      }
      String word = text.substring(s, i);
      out.add(new Token(s, i, word, lower(word)));
    }
    return out;
  }

  /** The words of the whole text. */
  public static List<Token> tokens(String text) {
    return tokens(text, 0, text.length());
  }

  /** Lower case in the root locale, with typographic apostrophes made plain. */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == 'ʼ' || c == '.';
  }

  /** French words that lose their vowel before another word: "l'Ukraine", "d'Odessa". */
  private static final java.util.Set<String> ELIDED =
      java.util.Set.of("l", "d", "qu", "jusqu", "lorsqu", "puisqu", "s", "n", "j", "m", "t", "c");

  /** True when {@code text[s, i)}, before an apostrophe, is an elided French word. */
  private static boolean elided(String text, int s, int i) {
    return i - s <= 6 && ELIDED.contains(text.substring(s, i).toLowerCase(Locale.ROOT));
  }

  /** True at the apostrophe of a possessive "'s" closing a word. */
  private static boolean possessive(String text, int i, int to) {
    char c = text.charAt(i);
    if (c != '\'' && c != '’') {
      return false;
    }
    return i + 1 < to
        && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
        && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)));
  }
}
