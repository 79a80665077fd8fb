package org.conflictmap.geoparse.event;

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
 * The trigger lexicon: words and phrases in English, Ukrainian, Russian, German and French that say
 * an ACLED-type event happened, read from {@code org/conflictmap/geoparse/event-triggers.tsv} (the
 * file documents its columns).
 *
 * <p>{@link #triggers} finds every trigger among a sentence's tokens; {@link #classify} picks the
 * heaviest (ties: the first in the sentence) as the sentence's event type. Immutable after
 * construction and thread-safe; {@link #standard()} is loaded once.
 */
public final class EventTypeLexicon {
  private static final int MIN_STEM = 3;

  private record Entry(String[] tokens, boolean[] prefix, EventType type, int weight) {}

  private final Map<String, List<Entry>> byExactFirst = new HashMap<>();
  private final Map<String, List<Entry>> byStemFirst = new HashMap<>();

  private static final class Holder {
    static final EventTypeLexicon STANDARD = load();
  }

  private EventTypeLexicon() {}

  /** The lexicon shipped with the project. */
  public static EventTypeLexicon standard() {
    return Holder.STANDARD;
  }

  private static EventTypeLexicon load() {
    EventTypeLexicon lex = new EventTypeLexicon();
    try (InputStream in =
        EventTypeLexicon.class.getResourceAsStream(
            "/org/conflictmap/geoparse/event-triggers.tsv")) {
      if (in == null) {
        throw new IllegalStateException("event-triggers.tsv missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 4) {
          throw new IllegalStateException("bad trigger line: " + line);
        }
        lex.add(f[0], new EventType(f[1], f[2]), Integer.parseInt(f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lex;
  }

  private void add(String pattern, EventType type, int weight) {
    String[] words = pattern.trim().replace('-', ' ').split(" +");
    boolean[] prefix = new boolean[words.length];
    for (int i = 0; i < words.length; i++) {
      if (words[i].endsWith("*")) {
        prefix[i] = true;
        words[i] = words[i].substring(0, words[i].length() - 1);
      }
    }
    Entry e = new Entry(words, prefix, type, weight);
    if (prefix[0] && words[0].length() < MIN_STEM) {
      throw new IllegalStateException("stem shorter than " + MIN_STEM + ": " + pattern);
    }
    (prefix[0] ? byStemFirst : byExactFirst)
        .computeIfAbsent(
            prefix[0] ? words[0].substring(0, MIN_STEM) : words[0], k -> new ArrayList<>())
        .add(e);
  }

  /** Every trigger among {@code tokens} (one sentence's words), in text order. */
  public List<Trigger> triggers(List<Token> tokens) {
    List<Trigger> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      Entry best = null;
      int bestLen = 0;
      for (Entry e : byExactFirst.getOrDefault(w, List.of())) {
        int len = matchLength(e, tokens, i);
        if (len > bestLen || (len == bestLen && len > 0 && e.weight > best.weight)) {
          best = e;
          bestLen = len;
        }
      }
      List<Entry> stems = w.length() >= MIN_STEM ? byStemFirst.get(w.substring(0, MIN_STEM)) : null;
      if (stems != null) {
        for (Entry e : stems) {
          int len = matchLength(e, tokens, i);
          if (len > bestLen || (len == bestLen && len > 0 && e.weight > best.weight)) {
            best = e;
            bestLen = len;
          }
        }
      }
      if (best != null) {
        out.add(
            new Trigger(
                tokens.get(i).start(), tokens.get(i + bestLen - 1).end(), best.type, best.weight));
        i += bestLen - 1;
      }
    }
    return out;
  }

  /** The sentence's event type: its heaviest trigger's, the first one on ties. */
  public Optional<Trigger> classify(List<Token> tokens) {
    Trigger best = null;
    for (Trigger t : triggers(tokens)) {
      if (best == null || t.weight() > best.weight()) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int matchLength(Entry e, List<Token> tokens, int at) {
    if (at + e.tokens.length > tokens.size()) {
      return 0;
    }
    for (int j = 0; j < e.tokens.length; j++) {
      String w = tokens.get(at + j).lower();
      boolean ok = e.prefix[j] ? w.startsWith(e.tokens[j]) : w.equals(e.tokens[j]);
      if (!ok) {
        return 0;
      }
    }
    return e.tokens.length;
  }
}
