package org.conflictmap.geoparse.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictmap.geoparse.lex.CountryAdjective;
import org.conflictmap.geoparse.lex.Demonyms;
import org.conflictmap.geoparse.lex.MilitaryNouns;
import org.conflictmap.geoparse.text.Token;

/**
 * Finds the actors a sentence names and gives them one normalised name each.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A country adjective next to a noun of armed forces, their weapons or attacks ({@link
 *       MilitaryNouns}) is that country's forces: "Russian troops", "the Ukrainian military",
 *       "Russian armed forces", "Israeli strikes", "forces russes", "російські війська",
 *       "ukrainische Soldaten", "russischer Drohnenangriff" -> "Russian forces" / "Ukrainian
 *       forces" / "Israeli forces". The English adjective of the country (the first form in the
 *       demonym table) names it.
 *   <li>Next to a people noun it is that country's nationals ("Chinese nationals", "citizens"),
 *       mercenaries, police or civilians: "Chinese nationals", "Russian mercenaries".
 *   <li>Named armed groups are given their usual English name ("ISIS", "ISIL", "Daesh" -> "Islamic
 *       State"; "Houthi rebels" -> "Houthis"; "ЗСУ", "ВСУ" -> "Ukrainian forces"; "ВС РФ", "ЗС РФ"
 *       -> "Russian forces").
 *   <li>Bare group nouns stand for themselves: "protesters", "rebels", "militants", "police".
 *   <li>A force or group followed by a verb of saying is the source of the report, not a party to
 *       the event: "police said", "the Israeli military said".
 * </ul>
 *
 * Actors are returned once each, in order of first appearance. Thread-safe.
 */
public final class ActorNormaliser {
  private static final Map<String, String> PEOPLE_NOUNS =
      Map.ofEntries(
          Map.entry("nationals", "nationals"),
          Map.entry("national", "nationals"),
          Map.entry("citizens", "nationals"),
          Map.entry("citizen", "nationals"),
          Map.entry("mercenaries", "mercenaries"),
          Map.entry("mercenary", "mercenaries"),
          Map.entry("fighters", "fighters"),
          Map.entry("police", "police"),
          Map.entry("policemen", "police"),
          Map.entry("civilians", "civilians"),
          Map.entry("громадяни", "nationals"),
          Map.entry("громадян", "nationals"),
          Map.entry("граждане", "nationals"),
          Map.entry("граждан", "nationals"),
          Map.entry("staatsbürger", "nationals"),
          Map.entry("ressortissants", "nationals"));
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("isis", "Islamic State"),
          Map.entry("isil", "Islamic State"),
          Map.entry("daesh", "Islamic State"),
          Map.entry("hamas", "Hamas"),
          Map.entry("hezbollah", "Hezbollah"),
          Map.entry("houthi", "Houthis"),
          Map.entry("houthis", "Houthis"),
          Map.entry("taliban", "Taliban"),
          Map.entry("shabaab", "al-Shabaab"),
          Map.entry("qaeda", "al-Qaeda"),
          Map.entry("qaida", "al-Qaeda"),
          Map.entry("wagner", "Wagner Group"),
          Map.entry("pkk", "PKK"),
          Map.entry("ypg", "YPG"),
          Map.entry("sdf", "Syrian Democratic Forces"),
          Map.entry("зсу", "Ukrainian forces"),
          Map.entry("всу", "Ukrainian forces"));
  private static final Map<String, String> BARE =
      Map.ofEntries(
          Map.entry("protesters", "protesters"),
          Map.entry("protestors", "protesters"),
          Map.entry("demonstrators", "protesters"),
          Map.entry("rioters", "rioters"),
          Map.entry("rebels", "rebels"),
          Map.entry("insurgents", "insurgents"),
          Map.entry("militants", "militants"),
          Map.entry("gunmen", "gunmen"),
          Map.entry("police", "police"),
          Map.entry("separatists", "separatists"));

  private final Demonyms demonyms;

  public ActorNormaliser(Demonyms demonyms) {
    this.demonyms = demonyms;
  }

  /** With the project's demonym table. */
  public static ActorNormaliser standard() {
    return new ActorNormaliser(Demonyms.standard());
  }

  /** The normalised actors named among {@code tokens} (words of {@code text}). */
  public List<String> actors(List<Token> tokens, String text) {
    Set<String> out = new LinkedHashSet<>();
    List<CountryAdjective> adjectives = demonyms.find(tokens, text);
    Set<Integer> used = new java.util.HashSet<>();
    int a = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      while (a < adjectives.size() && adjectives.get(a).end() <= t.start()) {
        a++;
      }
      String lower = t.lower();
      if (a < adjectives.size() && adjectives.get(a).start() == t.start()) {
        CountryAdjective adj = adjectives.get(a);
        int next = i + 1;
        while (next < tokens.size() && tokens.get(next).start() < adj.end()) {
          next++;
        }
        String noun = next < tokens.size() ? tokens.get(next).lower() : "";
        String nextNoun = next + 1 < tokens.size() ? tokens.get(next + 1).lower() : "";
        String name = english(adj.country());
        if (name != null
            && (MilitaryNouns.contains(noun) || "armed".equals(noun) && "forces".equals(nextNoun))
            && !speaking(tokens, next)) {
          out.add(name + " forces");
          used.add(next);
        } else if (name != null && PEOPLE_NOUNS.containsKey(noun)) {
          out.add(name + " " + PEOPLE_NOUNS.get(noun));
          used.add(next);
        }
        continue;
      }
      // French and Ukrainian/Russian word order also allows noun + adjective: "forces russes".
      if (MilitaryNouns.contains(lower) && i + 1 < tokens.size()) {
        CountryAdjective after = adjectiveAt(adjectives, tokens.get(i + 1).start());
        if (after != null && english(after.country()) != null) {
          out.add(english(after.country()) + " forces");
          used.add(i);
          continue;
        }
      }
      if (RUSSIAN_FORCES_ABBREVIATIONS.contains(lower)
          && i + 1 < tokens.size()
          && tokens.get(i + 1).lower().equals("рф")) {
        out.add("Russian forces"); // "ВС РФ", "ЗС РФ", "ВКС РФ": the armed forces of Russia
        continue;
      }
      String named = NAMED.get(lower);
      if (named != null) {
        out.add(named);
        continue;
      }
      String bare = BARE.get(lower);
      if (bare != null && !used.contains(i) && !speaking(tokens, i)) {
        out.add(bare);
      }
    }
    return new ArrayList<>(out);
  }

  /** Abbreviations of armed forces that "РФ" (Russian Federation) follows. */
  private static final Set<String> RUSSIAN_FORCES_ABBREVIATIONS = Set.of("вс", "зс", "вкс", "вмф");

  /** Verbs of saying: "police said" names the source of the report, not a party to the event. */
  private static final Set<String> SAYING =
      Set.of("said", "say", "says", "told", "reported", "stated", "added", "confirmed");

  private static boolean speaking(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && SAYING.contains(tokens.get(i + 1).lower());
  }

  private static CountryAdjective adjectiveAt(List<CountryAdjective> adjectives, int start) {
    for (CountryAdjective c : adjectives) {
      if (c.start() == start) {
        return c;
      }
    }
    return null;
  }

  /** The English adjective of a country: the first plain form in the table, e.g. "Ukrainian". */
  private String english(String country) {
    for (String f : demonyms.forms(country)) {
      if (!f.isEmpty()
          && f.chars().allMatch(c -> c < 128 || Character.isLetter(c))
          && f.charAt(0) < 128) {
        return f;
      }
    }
    return null;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
