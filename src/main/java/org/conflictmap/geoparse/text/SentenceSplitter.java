package org.conflictmap.geoparse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits report text into sentences with exact offsets, by rule.
 *
 * <p>A sentence ends
 *
 * <ul>
 *   <li>at a line break (headlines, datelines and paragraphs stand alone);
 *   <li>after {@code .}, {@code !}, {@code ?} or {@code …} (and any closing quotes or brackets)
 *       followed by white space and then an upper-case letter, a digit, or an opening quote or
 *       bracket — unless the full stop ends a known abbreviation ("Gen.", "Lt.", "U.S."), a single
 *       initial ("J."), a number ("No. 3"), or a German ordinal day before its month ("am 3.
 *       November").
 * </ul>
 *
 * <p>Sentences are trimmed of surrounding white space; empty ones are dropped. Works for the Latin
 * and Cyrillic scripts. Stateless and thread-safe.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
          "gov", "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "no", "nos", "vs", "etc", "jan",
          "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
          "ltd", "co", "corp", "approx", "est", "fig", "pres", "u.s", "u.k", "u.n", "e.g", "i.e",
          "a.m", "p.m", "z.b", "bzw", "vgl", "ca", "nr", "mme", "mlle", "p", "pp", "ул", "г", "гг",
          "им", "т.е", "т.д", "р", "обл", "вул", "м", "с", "пос", "див");

  private SentenceSplitter() {}

  /** The sentences of {@code text}, in order. */
  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    boolean paragraph = true;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        add(out, text, start, i, paragraph);
        start = i + 1;
        paragraph = true;
        i++;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        // allow "?!" and "..."
        while (j < n && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
          j++;
        }
        int k = j;
        while (k < n
            && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00a0')) {
          k++;
        }
        if (k > j
            && k < n
            && startsSentence(text.charAt(k))
            && !(c == '.' && abbreviation(text, i))
            && !(c == '.' && ordinalDate(text, i, k))) {
          if (add(out, text, start, j, paragraph)) {
            paragraph = false;
          }
          start = k;
          i = k;
          continue;
        }
        i = j;
        continue;
      }
      i++;
    }
    add(out, text, start, n, paragraph);
    return out;
  }

  private static boolean add(List<Sentence> out, String text, int from, int to, boolean paragraph) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from >= to) {
      return false;
    }
    out.add(new Sentence(out.size(), from, to, text.substring(from, to), paragraph));
    return true;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '»'
        || c == '“';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '“'
        || c == '«'
        || c == '\''
        || c == '('
        || c == '['
        || c == '‘'
        || c == '—'
        || c == '-';
  }

  private static final Set<String> GERMAN_MONTHS =
      Set.of(
          "januar",
          "jänner",
          "februar",
          "märz",
          "april",
          "mai",
          "juni",
          "juli",
          "august",
          "september",
          "oktober",
          "november",
          "dezember");

  /** A German ordinal day before its month: the full stop of "am 3. November" ends no sentence. */
  private static boolean ordinalDate(String text, int dot, int next) {
    int b = dot;
    while (b > 0 && Character.isDigit(text.charAt(b - 1))) {
      b--;
    }
    if (b == dot || dot - b > 2 || b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
      return false;
    }
    int e = next;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return GERMAN_MONTHS.contains(text.substring(next, e).toLowerCase(Locale.ROOT));
  }

  /** True when the full stop at {@code dot} ends an abbreviation, an initial or "No."-like word. */
  private static boolean abbreviation(String text, int dot) {
    int b = dot;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    if (b == dot) {
      return false;
    }
    String word = text.substring(b, dot).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(text.charAt(b))) {
      return true; // an initial: "J. Smith"
    }
    return ABBREVIATIONS.contains(word) || word.matches("(\\p{L}\\.)+\\p{L}");
  }
}
