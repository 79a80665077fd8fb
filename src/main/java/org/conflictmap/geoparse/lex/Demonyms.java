package org.conflictmap.geoparse.lex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictmap.geoparse.text.Token;

/**
 * The country adjective and demonym table ({@code demonyms.tsv} next to this class): "Ukrainian" ->
 * UA, "Chinese" -> CN, "North Korean" -> KP, also Ukrainian, Russian, German and French forms.
 *
 * <p>Matching rules: forms are whole words (one to three); a form written with an upper-case
 * initial matches only with an upper-case initial (so "Turkey" the bird or "poles" do not match), a
 * lower-case form matches either case; a form ending in '*' matches any ending. The first and the
 * last part of a hyphenated word are tried on their own ("Chinese-made", "pro-Russian"). The
 * longest form wins. Immutable and thread-safe.
 */
public final class Demonyms {
  private record Form(String[] words, boolean[] prefix, boolean caseSensitive, String country) {}

  private final Map<String, List<Form>> exact = new HashMap<>();
  private final Map<String, List<Form>> stems = new HashMap<>();
  private final Map<String, List<String>> formsByCountry = new HashMap<>();

  private static final class Holder {
    static final Demonyms STANDARD = load();
  }

  private Demonyms() {}

  /** The table shipped with the project. */
  public static Demonyms standard() {
    return Holder.STANDARD;
  }

  private static Demonyms load() {
    Demonyms d = new Demonyms();
    try (InputStream in =
        Demonyms.class.getResourceAsStream("/org/conflictmap/geoparse/demonyms.tsv")) {
      if (in == null) {
        throw new IllegalStateException("demonyms.tsv missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        for (String form : f[1].split(",")) {
          d.add(form.trim(), f[0].trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  private void add(String form, String country) {
    String[] words = form.split(" +");
    boolean[] prefix = new boolean[words.length];
    boolean caseSensitive = Character.isUpperCase(words[0].charAt(0));
    for (int i = 0; i < words.length; i++) {
      if (words[i].endsWith("*")) {
        prefix[i] = true;
        words[i] = words[i].substring(0, words[i].length() - 1);
      }
      words[i] = caseSensitive ? words[i] : words[i].toLowerCase(java.util.Locale.ROOT);
    }
    Form f = new Form(words, prefix, caseSensitive, country);
    String key = words[0].toLowerCase(java.util.Locale.ROOT);
    (prefix[0] ? stems : exact)
        .computeIfAbsent(prefix[0] ? key.substring(0, 3) : key, k -> new ArrayList<>())
        .add(f);
    if (!prefix[0]) {
      formsByCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(form);
    }
  }

  /** The country a single word names as an adjective or demonym, if any. */
  public Optional<String> country(String word) {
    List<Token> one =
        List.of(new Token(0, word.length(), word, word.toLowerCase(java.util.Locale.ROOT)));
    List<CountryAdjective> found = find(one, word);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).country());
  }

  /** Every country adjective among {@code tokens} (words of {@code text}), in text order. */
  public List<CountryAdjective> find(List<Token> tokens, String text) {
    List<CountryAdjective> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int best = 0;
      Form bestForm = null;
      for (Form f : candidates(t.lower())) {
        int len = matchLength(f, tokens, i);
        if (len > best) {
          best = len;
          bestForm = f;
        }
      }
      if (bestForm != null) {
        int end = tokens.get(i + best - 1).end();
        out.add(
            new CountryAdjective(t.start(), end, text.substring(t.start(), end), bestForm.country));
        i += best - 1;
        continue;
      }
      int dash = t.text().indexOf('-');
      if (dash > 0) {
        String first = t.text().substring(0, dash);
        Optional<CountryAdjective> a = part(first, t.start(), text);
        if (a.isEmpty()) {
          int last = t.text().lastIndexOf('-');
          a = part(t.text().substring(last + 1), t.start() + last + 1, text);
        }
        a.ifPresent(out::add);
      }
    }
    return out;
  }

  /** The plain (not stem) forms listed for a country, e.g. "Ukrainian", "Ukrainians". */
  public List<String> forms(String country) {
    return formsByCountry.getOrDefault(country, List.of());
  }

  private Optional<CountryAdjective> part(String word, int start, String text) {
    Token t =
        new Token(start, start + word.length(), word, word.toLowerCase(java.util.Locale.ROOT));
    for (Form f : candidates(t.lower())) {
      if (f.words.length == 1 && matchLength(f, List.of(t), 0) == 1) {
        return Optional.of(new CountryAdjective(t.start(), t.end(), word, f.country));
      }
    }
    return Optional.empty();
  }

  private List<Form> candidates(String lower) {
    List<Form> e = exact.get(lower);
    List<Form> s = lower.length() >= 3 ? stems.get(lower.substring(0, 3)) : null;
    if (s == null) {
      return e == null ? List.of() : e;
    }
    if (e == null) {
      return s;
    }
    List<Form> out = new ArrayList<>(e);
    out.addAll(s);
    return out;
  }

  private static int matchLength(Form f, List<Token> tokens, int at) {
    if (at + f.words.length > tokens.size()) {
      return 0;
    }
    for (int j = 0; j < f.words.length; j++) {
      Token t = tokens.get(at + j);
      if (j > 0 && t.start() - tokens.get(at + j - 1).end() > 1) {
        return 0;
      }
      String w = f.caseSensitive ? t.text() : t.lower();
      boolean ok = f.prefix[j] ? w.startsWith(f.words[j]) : w.equals(f.words[j]);
      if (!ok) {
        return 0;
      }
    }
    return f.words.length;
  }
}
