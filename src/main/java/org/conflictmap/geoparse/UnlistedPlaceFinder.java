package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictmap.geoparse.lex.CalendarWords;
import org.conflictmap.geoparse.lex.Demonyms;
import org.conflictmap.geoparse.text.Token;
import org.conflictmap.store.Event.PlaceKind;

/**
 * Finds the names of places the gazetteer does not list (villages, city districts, landmarks) from
 * the words around them. About a third of the event sites in conflict reporting are such places:
 * "the village of Tal Saghir", "in Nahr al-Bared camp", "the Karrada district".
 *
 * <h2>Rules</h2>
 *
 * A candidate name is a run of up to five capitalised words joined by single spaces or hyphens
 * (inner Arabic articles such as "al-", "el-" and the connectors "of", "de" allowed: "Hawsh
 * al-Fara", "Tal Abu Rasin"), not the first word of the sentence, not overlapping a gazetteer
 * mention. It is a place when one of these cues says so:
 *
 * <ol>
 *   <li><b>Place noun before:</b> "the
 *       village/town/district/neighbourhood/camp/settlement/area/suburb of X", a direction word
 *       allowed after "of" ("the suburb of eastern X");
 *   <li><b>Place noun after:</b> "X village", "X district", "X neighbourhood", "X camp", "X area",
 *       "X refugee camp", "X province"; or a name ending in a word for a landmark or facility
 *       ("Kalyna Roundabout", "Oskil River", "Azot Chemical Plant", "Kalyna Hotel");
 *   <li><b>Apposition:</b> "X, a (small) village/town/district ...";
 *   <li><b>Locative preposition:</b> "in/at/near/outside/inside/into/around X";
 *   <li><b>Attack verb of places:</b> "stormed/shelled/entered/overran/besieged X";
 *   <li><b>List:</b> X follows ", " or "and" right after a place found by these rules or in the
 *       gazetteer ("the villages of A, B and C").
 * </ol>
 *
 * A name is not a place when it is a weekday or month, a person's title or follows one ("President
 * X"), a name the report uses for a person, a country adjective ("in Syrian"), an acronym of up to
 * five capitals ("in NATO"), a common English word alone ("in Parliament"), when one of its words
 * is an institution word ("Ministry", "University", "Party", "Army", "Council"), when a speech verb
 * follows ("X said"), or in a headline (every word capitalised). Cues 4 and 5 alone, being weaker,
 * need a name of at least three letters that is not a common word.
 *
 * <p>Such a mention has no candidate place ({@link RawMention#placed()} is false): it is never
 * resolved, gets its role from {@link RoleClassifier} like any other, and is placed on the map only
 * through a containing place its sentence names (see {@link Geoparser}). Stateless and thread-safe.
 */
final class UnlistedPlaceFinder {
  /** Nouns for a settlement or a part of one, singular and plural. */
  static final Set<String> PLACE_NOUNS =
      Set.of(
          "village",
          "villages",
          "town",
          "towns",
          "city",
          "district",
          "districts",
          "neighbourhood",
          "neighborhood",
          "neighbourhoods",
          "neighborhoods",
          "camp",
          "settlement",
          "settlements",
          "area",
          "areas",
          "suburb",
          "suburbs",
          "hamlet",
          "hamlets",
          "quarter",
          "commune",
          "municipality",
          "locality",
          "township",
          "county",
          "province",
          "governorate",
          "region",
          "valley",
          "enclave",
          "outskirts",
          "countryside",
          "island",
          "islands",
          "mountains",
          "hill",
          "hills",
          "checkpoint",
          "crossing",
          "junction",
          "square",
          "market",
          "mosque",
          "airbase",
          "airport",
          "base",
          "prison",
          "hospital",
          "compound",
          "border",
          "stronghold",
          "bastion",
          "hilltop",
          "islet",
          "constituency",
          "capital");

  /** Place nouns that may follow a name to make it a place ("Karrada district"). */
  private static final Set<String> NOUNS_AFTER =
      Set.of(
          "village",
          "town",
          "district",
          "neighbourhood",
          "neighborhood",
          "camp",
          "area",
          "suburb",
          "quarter",
          "commune",
          "municipality",
          "township",
          "county",
          "province",
          "governorate",
          "region",
          "valley",
          "checkpoint",
          "crossing",
          "junction",
          "square",
          "airbase",
          "locality",
          "settlement",
          "enclave",
          "countryside",
          "hamlet",
          "village's",
          "town's",
          "constituency",
          "islet");

  /**
   * Last words that make a capitalised phrase a place ("Kalyna Roundabout", "Oskil River",
   * "Shebelynka Gas Fields").
   */
  private static final Set<String> PLACE_HEADS =
      Set.of(
          "roundabout",
          "river",
          "sea",
          "lake",
          "airport",
          "airbase",
          "checkpoint",
          "district",
          "quarter",
          "square",
          "bridge",
          "road",
          "street",
          "avenue",
          "highway",
          "springs",
          "fields",
          "field",
          "orchards",
          "forest",
          "forests",
          "hill",
          "hills",
          "mountain",
          "mountains",
          "valley",
          "camp",
          "village",
          "junction",
          "crossing",
          "plain",
          "plains",
          "island",
          "islands",
          "desert",
          "neighbourhood",
          "neighborhood",
          "mosque",
          "market",
          "stadium",
          "palace",
          "prison",
          "hospital",
          "base",
          "strip",
          "pass",
          "dam",
          "canal",
          "port",
          "harbour",
          "harbor",
          "bay",
          "gulf",
          "coast",
          "hotel",
          "station",
          "peak",
          "hilltop",
          "tower",
          "towers",
          "complex",
          "compound",
          "barracks",
          "airfield",
          "refinery",
          "factory",
          "plant",
          "plaza",
          "church",
          "cathedral",
          "gate",
          "terminal");

  /** Prepositions after which a capitalised name is a place in an event sentence. */
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "outside",
          "inside",
          "into",
          "around",
          "across",
          "throughout",
          "towards",
          "toward",
          "nearby");

  /** Attack verbs whose object is usually a place. */
  private static final Set<String> PLACE_VERBS =
      Set.of(
          "stormed",
          "shelled",
          "bombed",
          "bombarded",
          "entered",
          "overran",
          "besieged",
          "encircled",
          "raided",
          "pounded",
          "recaptured",
          "liberated",
          "infiltrated",
          "invaded",
          "storming",
          "entering",
          "besieging",
          "overrunning",
          "shelling",
          "bombing",
          "bombarding");

  /** Ethnic and religious adjectives: "the Jewish settlement of", "a Shiite enclave". */
  private static final Set<String> GROUP_ADJECTIVES =
      Set.of(
          "jewish",
          "muslim",
          "christian",
          "catholic",
          "protestant",
          "orthodox",
          "shiite",
          "shi'ite",
          "shia",
          "sunni",
          "alawite",
          "druze",
          "kurdish",
          "arab",
          "chechen",
          "basque",
          "tamil",
          "sikh",
          "hindu",
          "buddhist",
          "islamic",
          "islamist",
          "pashtun",
          "baluch",
          "hazara",
          "yazidi",
          "uighur",
          "uyghur",
          "berber",
          "tuareg",
          "fulani",
          "hausa",
          "igbo",
          "yoruba",
          "hutu",
          "tutsi",
          "serb",
          "croat",
          "kosovar",
          "maoist",
          "royal",
          "national",
          "federal",
          "provincial",
          "regional",
          "municipal",
          "central",
          "old",
          "new",
          "holy",
          "grand");

  /** Inner lower-case words of a name: Arabic articles and connectors. */
  private static final Set<String> INNER =
      Set.of(
          "al", "el", "ad", "as", "ash", "ar", "at", "az", "an", "ul", "bin", "ibn", "abu", "de",
          "del", "la", "of", "e", "i", "ez", "es", "ed", "et", "er", "en", "ech", "esh");

  /** Words that make a capitalised phrase an institution, a group or a work, not a place. */
  private static final Set<String> INSTITUTION =
      Set.of(
          "ministry",
          "minister",
          "university",
          "party",
          "army",
          "forces",
          "force",
          "police",
          "council",
          "committee",
          "court",
          "congress",
          "parliament",
          "assembly",
          "agency",
          "bank",
          "company",
          "corporation",
          "corp",
          "inc",
          "group",
          "brigade",
          "brigades",
          "division",
          "battalion",
          "regiment",
          "corps",
          "guard",
          "guards",
          "movement",
          "organisation",
          "organization",
          "union",
          "association",
          "league",
          "institute",
          "foundation",
          "times",
          "post",
          "news",
          "television",
          "tv",
          "radio",
          "press",
          "daily",
          "journal",
          "network",
          "service",
          "services",
          "office",
          "department",
          "commission",
          "federation",
          "alliance",
          "coalition",
          "front",
          "state",
          "government",
          "administration",
          "authority",
          "militia",
          "militias",
          "rebels",
          "command",
          "nations",
          "cup",
          "games",
          "championship",
          "open",
          "islam",
          "god",
          "allah",
          "internet",
          "facebook",
          "twitter",
          "youtube",
          "english",
          "arabic",
          "french",
          "russian",
          "mandarin",
          "cantonese",
          "farsi",
          "dari",
          "pashto",
          "urdu",
          "hindi",
          "hebrew",
          "swahili",
          "latin",
          "day",
          "eve",
          "christmas",
          "easter",
          "ramadan",
          "eid",
          "war",
          "operation",
          "revolution",
          "spring",
          "summer",
          "autumn",
          "winter",
          "gmt",
          "utc",
          "am",
          "pm");

  private static final Set<String> ARTICLES =
      Set.of("the", "a", "an", "small", "tiny", "nearby", "neighbouring", "neighboring", "remote");

  private final Demonyms demonyms;

  UnlistedPlaceFinder(Demonyms demonyms) {
    this.demonyms = demonyms;
  }

  /**
   * The unlisted place names of one sentence, in text order.
   *
   * @param text the report
   * @param tokens the sentence's words
   * @param listed the sentence's gazetteer mentions (names overlapping them are not taken)
   * @param persons lower-case words the report uses as person names
   * @param sentence the sentence's index
   */
  List<RawMention> find(
      String text, List<Token> tokens, List<RawMention> listed, Set<String> persons, int sentence) {
    List<RawMention> out = new ArrayList<>();
    if (tokens.size() < 3 || MentionFinder.titleCase(tokens)) {
      return out;
    }
    int i = 1;
    while (i < tokens.size()) {
      Token first = tokens.get(i);
      if (!startsName(first) || covered(listed, first)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && j - i < 5 && joined(text, tokens.get(j - 1), tokens.get(j))) {
        Token t = tokens.get(j);
        if (covered(listed, t)) {
          break;
        }
        if (startsName(t)) {
          j++;
        } else if (INNER.contains(t.lower())
            && j + 1 < tokens.size()
            && startsName(tokens.get(j + 1))
            && joined(text, t, tokens.get(j + 1))) {
          j += 2;
        } else {
          break;
        }
      }
      int last = j - 1;
      if (j < tokens.size()
          && covered(listed, tokens.get(j))
          && joined(text, tokens.get(last), tokens.get(j))) {
        i = j; // part of a longer name around a gazetteer name: "Aleppo Technical College"
        continue;
      }
      if (place(text, tokens, i, last, listed, out, persons)) {
        int start = first.start();
        int end = tokens.get(last).end();
        out.add(
            new RawMention(
                start,
                end,
                end,
                text.substring(start, end),
                Form.name,
                List.of(),
                PlaceKind.locality,
                sentence));
      }
      i = j;
    }
    return out;
  }

  private boolean place(
      String text,
      List<Token> tokens,
      int i,
      int last,
      List<RawMention> listed,
      List<RawMention> found,
      Set<String> persons) {
    Token first = tokens.get(i);
    String lower = first.lower();
    if (CalendarWords.contains(lower)
        || MentionFinder.TITLES.contains(lower)
        || persons.contains(lower)) {
      return false;
    }
    for (int k = i; k <= last; k++) {
      String w = tokens.get(k).lower();
      if (INSTITUTION.contains(w)
          || MentionFinder.ARMED_GROUPS.contains(w)
          || CalendarWords.contains(w) && k > i) {
        return false;
      }
    }
    boolean single = last == i;
    String all = tokens.get(last).text();
    if (single
        && (first.text().length() <= 2
            || first.text().equals(first.text().toUpperCase(Locale.ROOT))
                && first.text().length() <= 5)) {
      return false; // "US", "NATO": acronyms and codes
    }
    if (demonyms.country(first.text()).isPresent()
        || demonyms.country(all).isPresent()
        || GROUP_ADJECTIVES.contains(lower)) {
      return false; // "Syrian", "Kurdish", "a Jewish neighbourhood"
    }
    Token prev = tokens.get(i - 1);
    String p = prev.lower();
    if (MentionFinder.TITLES.contains(p)
        || prev.capitalised()
            && i - 1 > 0
            && !ARTICLES.contains(p)
            && text.substring(prev.end(), first.start()).isBlank()) {
      return false; // "President X", or the tail of a longer capitalised phrase (not "A, B")
    }
    Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
    if (next != null && RoleClassifier.SPEECH.contains(next.lower())) {
      return false; // "X said"
    }
    // Strong cues: a place noun names the kind of place.
    if (!single && PLACE_HEADS.contains(tokens.get(last).lower())) {
      return true; // "Kalyna Roundabout", "Oskil River"
    }
    if (next != null && NOUNS_AFTER.contains(next.lower()) && adjacent(text, tokens, last)) {
      return true; // "Karrada district"
    }
    if (next != null
        && next.lower().equals("refugee")
        && last + 2 < tokens.size()
        && tokens.get(last + 2).lower().equals("camp")) {
      return true;
    }
    int q = i - 1;
    while (q >= 0 && RoleClassifier.DIRECTIONS.contains(tokens.get(q).lower())) {
      q--;
    }
    if (q >= 1
        && tokens.get(q).lower().equals("of")
        && PLACE_NOUNS.contains(tokens.get(q - 1).lower())) {
      return true; // "the village of X"
    }
    if (apposition(text, tokens, last)) {
      return true; // "X, a village near Y"
    }
    if (listItem(text, tokens, i, listed, found) && !personApposition(text, tokens, last)) {
      return true; // "the villages of A, B and C"
    }
    // Weaker cues: a preposition or an attack verb.
    if (single && CommonWords.contains(lower)) {
      return false;
    }
    if (first.text().length() < 3
        || !text.substring(prev.end(), first.start()).isBlank()
        || next != null && next.lower().equals("s") && single) {
      return false; // quoted titles ("in ``Cosi fan tutte''"), possessives ("at Paddy's Bar")
    }
    return LOCATIVE.contains(p) || PLACE_VERBS.contains(p);
  }

  /**
   * "X, 55, was shot", "X, the wife of ...", "X, another man ...": a person described after a
   * comma, not the next item of a list of places.
   */
  private static boolean personApposition(String text, List<Token> tokens, int last) {
    if (last + 1 >= tokens.size()
        || !text.substring(tokens.get(last).end(), tokens.get(last + 1).start()).contains(",")) {
      return false;
    }
    Token next = tokens.get(last + 1);
    String w = next.lower();
    return next.numeric()
        || (w.equals("the") || w.equals("a") || w.equals("an") || w.equals("another"))
            && !apposition(text, tokens, last);
  }

  /** "X, a village ...", "X, an impoverished town ...". */
  private static boolean apposition(String text, List<Token> tokens, int last) {
    if (last + 2 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(last + 1);
    if (!text.substring(tokens.get(last).end(), next.start()).contains(",")) {
      return false;
    }
    String a = next.lower();
    if (!(a.equals("a") || a.equals("an") || a.equals("the"))) {
      return false;
    }
    for (int k = last + 2; k < Math.min(tokens.size(), last + 5); k++) {
      String w = tokens.get(k).lower();
      if (NOUNS_AFTER.contains(w) || w.equals("city") || w.equals("suburb")) {
        return true;
      }
    }
    return false;
  }

  /** The name continues a list whose previous item is a place: ", B", "and C", ", and D". */
  private static boolean listItem(
      String text, List<Token> tokens, int i, List<RawMention> listed, List<RawMention> found) {
    int before = tokens.get(i).start();
    RawMention prev = null;
    for (RawMention m : found) {
      if (m.end() <= before) {
        prev = m;
      }
    }
    for (RawMention m : listed) {
      if (m.end() <= before && m.form() == Form.name && (prev == null || m.end() > prev.end())) {
        prev = m;
      }
    }
    if (prev == null) {
      return false;
    }
    String between = text.substring(prev.end(), before).trim().toLowerCase(Locale.ROOT);
    if (between.startsWith("(")) {
      int close = between.indexOf(')');
      between = close < 0 ? between : between.substring(close + 1).trim();
    }
    return between.equals(",") || between.equals("and") || between.equals(", and");
  }

  private static boolean adjacent(String text, List<Token> tokens, int last) {
    return joined(text, tokens.get(last), tokens.get(last + 1));
  }

  private static boolean startsName(Token t) {
    if (t.numeric() || t.text().isEmpty()) {
      return false;
    }
    char c = t.text().charAt(0);
    return Character.isUpperCase(c) && Character.isLetter(c);
  }

  private static boolean covered(List<RawMention> listed, Token t) {
    for (RawMention m : listed) {
      if (t.start() < m.end() && m.start() < t.end()) {
        return true;
      }
    }
    return false;
  }

  /** Single spaces or hyphens between two words. */
  private static boolean joined(String text, Token a, Token b) {
    int gap = b.start() - a.end();
    if (gap < 1 || gap > 2) {
      return gap == 0;
    }
    for (int p = a.end(); p < b.start(); p++) {
      char c = text.charAt(p);
      if (c != ' ' && c != '-' && c != '\u00a0') {
        return false;
      }
    }
    return true;
  }
}
