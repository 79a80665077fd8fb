package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.conflictmap.geoparse.event.EventTypeLexicon;
import org.conflictmap.geoparse.lex.CalendarWords;
import org.conflictmap.geoparse.lex.CountryAdjective;
import org.conflictmap.geoparse.lex.Demonyms;
import org.conflictmap.geoparse.text.Sentence;
import org.conflictmap.geoparse.text.Token;
import org.conflictmap.store.Event.PlaceKind;

/**
 * Finds place mentions in a sentence: gazetteer names and country adjectives.
 *
 * <h2>Rules</h2>
 *
 * <ol>
 *   <li><b>Case-aware names.</b> A name is a run of one or more words whose normalised form is a
 *       gazetteer key; it starts and ends with a capitalised word (inner lower-case connectors such
 *       as "of", "de", "am", "on" are allowed); words are separated by spaces or hyphens only. The
 *       longest name starting at a word wins, and names do not overlap.
 *   <li><b>Region words.</b> A name followed by "region", "oblast", "province", "governorate",
 *       "krai" (singular or plural, any case; also Ukrainian/Russian "область") is a region: the
 *       word joins the mention ("Donetsk region") and its kind hint is admin1. A plural word
 *       applies to every name coordinated before it: "the Kursk and Belgorod regions" are two
 *       regions. "the city/town/village of X" hints locality, and so do the parts only a town has:
 *       "the outskirts/suburbs/centre/streets of X" (a region has no outskirts).
 *   <li><b>Common words and person names.</b> A one-word name that is also a common English word or
 *       first name ("Bar", "Of", "Nice", "Split", "Mary") is kept only after a locative preposition
 *       or a "from"/"to" ("in Nice", "flew to Nice") and when not followed by another capitalised
 *       word; a weekday or month may follow any name ("in Basra Wednesday"). A locality of fewer
 *       than 100,000 people that is not an admin seat needs such a word or an attack verb before it
 *       too ("in Bakhmut", "from Izium", "shelled Avdiivka"), unless the report already used the
 *       name as a place; one followed directly by a speech verb is a person ("Kelly said"; not
 *       "удар по Брянску, заявил", nor after a locative: "the mission in Goma called"), and so is
 *       the same word everywhere else in the report. Any one-word name right after a personal title
 *       ("President", "Mr", "Gen.") or a capitalised non-place word ("Volodymyr Zelenskyy", "George
 *       Washington") is a person; one followed by a capitalised non-place word ("Geneva
 *       Conventions", "Washington Post") names something else, except for titles and institutions
 *       that belong to the place ("Kharkiv Governor", "Kyiv Regional"). Title-case sentences
 *       (headlines) skip the neighbour rules, as every word is capitalised. A one-word town right
 *       after a German article ("in der Nähe", "die Mitte") is a capitalised German noun: a town's
 *       name takes no article.
 *   <li><b>Inflection.</b> Cyrillic words not found as written are tried with the case ending
 *       removed or replaced (locative "Харкові" -> "Харків", genitive "Донецька" -> "Донецьк"). An
 *       inflected region adjective before "область" ("Донецької області") is a region whatever its
 *       neighbours (also when coordinated before a plural: "над Белгородской и Курской областями"),
 *       and a name followed by one ("у Покровську Донецької області") is not taken for the first
 *       word of a longer non-place name. Latin words not found are tried in the English spelling of
 *       their German or French transliteration ("Tschernihiw" -> "Chernihiv", "Koupiansk" ->
 *       "Kupiansk"), for places in countries that write in Cyrillic only. German place nouns ("im
 *       Raum X", "im Gebiet X", "Stadt X") are cues for a small town, and so is a locative before a
 *       coordinated pair of Cyrillic names even when the first is not found ("поблизу Часового Яру
 *       та Торецька"). A district adjective before "район", "громада" or "напрямок" ("у
 *       Покровському районі", "в Шебекинском районе", "на Лиманському напрямку") names the district
 *       or front axis around the town it comes from: the mention spans both words, hints a
 *       locality, and its events get geo-precision 2.
 *   <li><b>Adjectives.</b> Country adjectives and demonyms from {@link Demonyms} not inside a name
 *       are mentions of their country with form adjective.
 * </ol>
 *
 * Thread-safe when the {@link PlaceLookup} is.
 */
public final class MentionFinder {
  static final Set<String> REGION_WORDS =
      Set.of(
          "region",
          "regions",
          "oblast",
          "oblasts",
          "province",
          "provinces",
          "governorate",
          "governorates",
          "krai",
          "область",
          "області",
          "областей",
          "обл",
          "region's",
          "oblast's",
          "области",
          "областью",
          "областях",
          "областями",
          "областям",
          "oblasti");
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "de", "del", "la", "le", "les", "am", "an", "der", "on", "upon", "sur", "al", "el",
          "du", "des", "da", "do", "dos", "na", "im", "y", "and", "ez", "es", "ed", "ad", "as",
          "ash", "ar", "az");
  static final Set<String> TITLES =
      Set.of(
          "president",
          "mr",
          "mrs",
          "ms",
          "dr",
          "gen",
          "general",
          "minister",
          "pope",
          "king",
          "queen",
          "prince",
          "princess",
          "sir",
          "lady",
          "lord",
          "sen",
          "senator",
          "rep",
          "gov",
          "governor",
          "mayor",
          "col",
          "colonel",
          "lt",
          "captain",
          "capt",
          "sgt",
          "sergeant",
          "judge",
          "justice",
          "chancellor",
          "premier",
          "secretary",
          "commander",
          "chief",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "prof",
          "professor",
          "father",
          "saint",
          "bishop",
          "archbishop",
          "ambassador",
          "envoy",
          "officer",
          "coach",
          "striker",
          "defender",
          "emir",
          "sheikh",
          "ayatollah",
          "rabbi",
          "imam",
          "reverend",
          "rev",
          "pastor",
          "director",
          "actor",
          "actress",
          "singer",
          "author",
          "writer",
          "dj",
          "miss",
          "madame",
          "monsieur",
          "herr",
          "frau");

  /** Capitalised words that may follow a place name without making it part of another name. */
  private static final Set<String> FOLLOWERS_OK =
      Set.of(
          "governor",
          "mayor",
          "police",
          "regional",
          "city",
          "oblast",
          "region",
          "province",
          "district",
          "military",
          "administration",
          "council",
          "authorities",
          "airport",
          "station",
          "port",
          "prosecutor",
          "prosecutors",
          "governorate",
          "state",
          "county",
          "mountains",
          "valley",
          "river",
          "front",
          "direction",
          "sector",
          "axis",
          "offensive",
          "border",
          "officials",
          "residents",
          "head",
          "chief",
          "minister",
          "ministry",
          "president",
          "on",
          "in",
          "at",
          "and",
          "or",
          "but",
          "the",
          "a",
          "for",
          "i",
          "krai",
          "republic");

  /** Words that are never a place on their own: weekdays and months. */
  /**
   * Armed groups and movements whose names are also (small) places or codes somewhere: "Hamas
   * militants", "the PKK", "NDF fighters" name actors, never where they are. The last words open
   * the names of Syrian and other armed factions ("Jaysh al-Islam", "Harakat Ahrar al-Sham").
   */
  static final Set<String> ARMED_GROUPS =
      Set.of(
          "hamas",
          "taliban",
          "hezbollah",
          "hizbollah",
          "pkk",
          "ypg",
          "ypj",
          "sdf",
          "ndf",
          "fsa",
          "isis",
          "isil",
          "daesh",
          "houthi",
          "houthis",
          "shabaab",
          "nusra",
          "farc",
          "fatah",
          "ahrar",
          "jabhat",
          "jaysh",
          "jaish",
          "harakat",
          "liwaa",
          "kataib",
          "faylaq");

  private static final Set<String> NEVER = never();

  private static Set<String> never() {
    Set<String> words = new java.util.HashSet<>(CalendarWords.ALL);
    words.addAll(
        Set.of(
            "mrs",
            "mr",
            "ms",
            "dr",
            "sen",
            "rep",
            "gov",
            "gen",
            "lt",
            "col",
            "sgt",
            "capt",
            "jr",
            "sr",
            "st",
            "christmas",
            "easter",
            "google",
            "unite",
            "interior",
            "officer",
            "valley",
            "region",
            "regions",
            "oblast",
            "gebiet",
            "raum",
            "bezirk",
            "stadt",
            "dorf",
            "province",
            "district",
            "région",
            "область",
            "регион",
            // Ukrainian and Russian common words some small place shares; the last are the names of
            // Russian army groups («Центр», «Восток»)
            "центр",
            "схід",
            "захід",
            "північ",
            "південь",
            "восток",
            "запад",
            "север",
            "юг"));
    words.addAll(ARMED_GROUPS);
    return Set.copyOf(words);
  }

  /** Names of things that are not the place they contain or resemble (normalised keys). */
  private static final Set<String> NOT_PLACES =
      Set.of(
          "white house",
          "notre dame",
          "el nino",
          "la nina",
          "nina",
          "far north",
          "black hawk",
          "box elder",
          "wall street",
          "downing street",
          "capitol hill",
          "silicon valley",
          "new york times",
          "washington post",
          "holy see");

  private final WorldNames lookup;
  private final Demonyms demonyms;
  private final EventTypeLexicon lexicon;

  public MentionFinder(WorldNames lookup, Demonyms demonyms, EventTypeLexicon lexicon) {
    this.lookup = lookup;
    this.demonyms = demonyms;
    this.lexicon = lexicon;
  }

  /**
   * The mentions of one sentence, in text order.
   *
   * @param persons lower-case words the report uses as person names so far; rejected one-word names
   *     that look like surnames are added, so later sentences do not take "Kelly" for a town
   * @param places lower-case one-word names of small towns the report has put after a locative
   *     preposition or an attack verb so far; later mentions of them need no cue
   */
  public List<RawMention> find(
      String text, Sentence sentence, List<Token> tokens, Set<String> persons, Set<String> places) {
    List<RawMention> out = new ArrayList<>();
    boolean titleCase = titleCase(tokens);
    int maxTokens = Math.max(1, Math.min(lookup.maxTokens(), 6));
    int i = 0;
    while (i < tokens.size()) {
      Token first = tokens.get(i);
      if (!nameLike(first)) {
        i++;
        continue;
      }
      RawMention found = null;
      int used = 0;
      for (int n = Math.min(maxTokens, tokens.size() - i); n >= 1 && found == null; n--) {
        Token last = tokens.get(i + n - 1);
        if (!nameLike(last) || !joined(text, tokens, i, n)) {
          continue;
        }
        String surface = text.substring(first.start(), last.end());
        String key = lookup.normalise(surface);
        if (NOT_PLACES.contains(key)) {
          break;
        }
        List<Candidate> c = lookup.candidates(key);
        if (c.isEmpty() && n >= 2 && hyphenBefore(text, last)) {
          c = inflectedLast(text.substring(first.start(), last.start()), last.text());
        }
        if (c.isEmpty() && n == 2 && !hyphenBefore(text, last)) {
          c = inflectedPair(first.text(), last.text());
        }
        boolean slavicRegion = false;
        if (n == 1 && regionWordFollows(tokens, i)) {
          List<Candidate> region = slavicRegion(first.text());
          if (!region.isEmpty()) {
            c = region; // "у Донецькій області", "в Белгородской области"
            slavicRegion = true; // a region by its own word: no neighbour rule applies
          }
        }
        boolean district = false;
        if (n == 1
            && !slavicRegion
            && districtWordFollows(tokens, i)
            && cityBefore(out, first.start())) {
          break; // "У Харкові … Слобідський район": a district of that city, no town of its own
        }
        if (n == 1 && !slavicRegion && districtWordFollows(tokens, i)) {
          List<Candidate> towns = districtTowns(first.text());
          if (!towns.isEmpty()) {
            c = towns; // "у Покровському районі": the district around Pokrovsk
            district = true;
          }
        }
        if (c.isEmpty() && n == 1) {
          c = inflected(first.text());
        }
        if (c.isEmpty() && n == 1) {
          c = respelled(first.text());
        }
        int areaNameEnd = -1;
        if (c.isEmpty() && n == 1) {
          int stem = townAreaStem(first.text());
          if (stem > 0) {
            c = townsOfArea(first.text().substring(0, stem));
            areaNameEnd = c.isEmpty() ? -1 : first.start() + stem; // "Нікопольщину": Нікополь
          }
        }
        if (c.isEmpty()) {
          continue;
        }
        if (n == 1
            && !slavicRegion
            && !district
            && areaNameEnd < 0
            && !acceptSingle(
                tokens,
                i,
                c,
                titleCase,
                persons,
                places,
                listAfterPlace(text, tokens, i, out)
                    || RoleClassifier.subjectAfterTrigger(text, tokens, lexicon::isTrigger, i)
                    || listAfterCue(text, tokens, i))) {
          continue;
        }
        int end = last.end();
        if (end < text.length()
            && text.charAt(end) == '.'
            && (last.text().indexOf('.') > 0 || stateAbbreviation(text, last, c))) {
          end++; // "U.S." keeps its final full stop
          surface = text.substring(first.start(), end);
        }
        found =
            new RawMention(first.start(), end, end, surface, Form.name, c, null, sentence.index());
        used = n;
        if (areaNameEnd >= 0) {
          found =
              new RawMention(
                  first.start(),
                  end,
                  areaNameEnd,
                  surface,
                  Form.name,
                  c,
                  PlaceKind.locality,
                  sentence.index());
        }
        if (district && !SLAVIC_DISTRICT_WORDS.contains(tokens.get(i + 1).lower())) {
          // an item of a list before a shared district word ("Краснопільська, Білопільська та
          // Юнаківська громади"): the adjective alone, and no town name is written (nameEnd at its
          // start), so the site is the district around the town, as with the word after it
          found =
              new RawMention(
                  first.start(),
                  first.end(),
                  first.start(),
                  first.text(),
                  Form.name,
                  c,
                  PlaceKind.locality,
                  sentence.index());
        } else if (district) {
          Token w = tokens.get(i + 1);
          found =
              new RawMention(
                  first.start(),
                  w.end(),
                  end,
                  text.substring(first.start(), w.end()),
                  Form.name,
                  c,
                  PlaceKind.locality,
                  sentence.index());
          used = 2;
        }
      }
      if (found == null) {
        i++;
        continue;
      }
      int next = i + used;
      if (next + 1 < tokens.size()
          && Set.of("border", "frontier").contains(tokens.get(next).lower())
          && REGION_WORDS.contains(tokens.get(next + 1).lower())
          && tokens.get(next).start() - tokens.get(next - 1).end() == 1
          && tokens.get(next + 1).start() - tokens.get(next).end() == 1) {
        next++; // "the Kursk border region": the region
      }
      if (next < tokens.size()
          && REGION_WORDS.contains(tokens.get(next).lower())
          && (joined(text, tokens, next - 1, 2) || next > i + used)) {
        Token w = tokens.get(next);
        found =
            new RawMention(
                found.start(),
                w.end(),
                found.nameEnd(),
                text.substring(found.start(), w.end()),
                Form.name,
                withSeatRegions(found.candidates()),
                PlaceKind.admin1,
                found.sentence());
        if (w.lower().endsWith("s") || SLAVIC_PLURAL_REGION_WORDS.contains(w.lower())) {
          hintCoordinated(out, text, found.start());
        }
        next++;
      } else if (next < tokens.size()
          && Set.of("city", "town", "village", "settlement").contains(tokens.get(next).lower())
          && joined(text, tokens, next - 1, 2)) {
        found = found.withKindHint(PlaceKind.locality); // "Belgorod city"
      } else if (i >= 2
          && tokens.get(i - 1).lower().equals("of")
          && LOCALITY_PARTS.contains(tokens.get(i - 2).lower())) {
        found = found.withKindHint(PlaceKind.locality);
      } else if (i >= 1
          && Set.of(
                  "gebiet",
                  "oblast",
                  "region",
                  "provinz",
                  "область",
                  "grenzregion",
                  "grenzgebiet",
                  "regionen",
                  "gebieten",
                  "gebiete",
                  "provinzen")
              .contains(tokens.get(i - 1).lower())) {
        found = regionHinted(found); // "im Gebiet Donezk", "in der Region Charkiw"
      } else if (i >= 2
          && Set.of("of", "de", "du").contains(tokens.get(i - 1).lower())
          && Set.of(
                  "region",
                  "province",
                  "oblast",
                  "région",
                  "oblast'",
                  "l'oblast",
                  "régions",
                  "provinces")
              .contains(tokens.get(i - 2).lower())) {
        found = regionHinted(found); // "dans la région de Koursk": the oblast of Kursk
      } else if (found.form() == Form.name
          && nearWordBefore(text, found.start())
          && found.candidates().stream().anyMatch(x -> x.kind() == PlaceKind.locality)) {
        found = found.withKindHint(PlaceKind.locality); // "près de Tombouctou": the town
      }
      out.add(found);
      i = next;
    }
    hintFollowing(out, text);
    addAdjectives(text, sentence, tokens, out);
    return out;
  }

  /** A plural region word before a list: "in den Regionen", "dans les régions de". */
  private static final Pattern PLURAL_REGION_BEFORE =
      Pattern.compile(
          "(?iu)(?:regionen|gebieten|gebiete|provinzen|régions|provinces)\\s+(?:de\\s+|d['’])?$");

  /**
   * Marks the names coordinated after a plural region word ("in den Regionen Kursk und Belgorod",
   * "dans les régions de Koursk et de Belgorod") as regions, like their first.
   */
  private void hintFollowing(List<RawMention> out, String text) {
    for (int k = 1; k < out.size(); k++) {
      RawMention first = out.get(k - 1);
      if (first.kindHint() != PlaceKind.admin1) {
        continue;
      }
      int from = first.start();
      int k0 = k - 1;
      while (k0 > 0 && out.get(k0 - 1).kindHint() == PlaceKind.admin1) {
        k0--;
      }
      String before = text.substring(Math.max(0, out.get(k0).start() - 25), out.get(k0).start());
      if (!PLURAL_REGION_BEFORE.matcher(before).find()) {
        continue;
      }
      String gap = text.substring(first.end(), out.get(k).start()).trim().toLowerCase(Locale.ROOT);
      if (gap.matches("(?:,|und|et|and|і|и|та|,\\s*(?:und|et|and))(?:\\s+(?:de|du|der))?")) {
        out.set(k, regionHinted(out.get(k)));
      }
    }
  }

  /**
   * "near X", "près de X", "bei X", "біля X", "возле X": one is near a town, while a region is one
   * is in (the Timbuktu of "près de Tombouctou", not its region).
   */
  private static final Pattern NEAR_BEFORE =
      Pattern.compile(
          "(?iu)(?:^|[\\s(,])(?:near|outside|près\\s+de|près\\s+d['’]|proche\\s+de|bei|nahe"
              + "|біля|поблизу|неподалік|около|возле|вблизи)\\s*$");

  private static boolean nearWordBefore(String text, int start) {
    return NEAR_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find();
  }

  /** The mention as a region: kind hint admin1, and its seats' regions among its candidates. */
  private RawMention regionHinted(RawMention m) {
    return new RawMention(
        m.start(),
        m.end(),
        m.nameEnd(),
        m.surface(),
        m.form(),
        withSeatRegions(m.candidates()),
        PlaceKind.admin1,
        m.sentence());
  }

  /**
   * The candidates of a name before a region word, with the regions their admin seats govern when
   * none of them is a region: "Sweida province" is the province of the city of Sweida, whose name
   * the region data spells otherwise ("As-Suwayda").
   */
  private List<Candidate> withSeatRegions(List<Candidate> candidates) {
    if (candidates.stream().anyMatch(x -> x.kind() == PlaceKind.admin1)) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>(candidates);
    for (Candidate x : candidates) {
      if (x.kind() == PlaceKind.locality
          && x.admin1() != null
          && ("PPLA".equals(x.featureCode()) || x.capital())) {
        lookup.region(x.admin1()).filter(r -> !out.contains(r)).ifPresent(out::add);
      }
    }
    return out;
  }

  /** Marks the names coordinated before a plural region word ("Kursk and Belgorod regions"). */
  private static void hintCoordinated(List<RawMention> out, String text, int before) {
    int from = before;
    for (int k = out.size() - 1; k >= 0; k--) {
      RawMention m = out.get(k);
      String between = text.substring(m.end(), from).trim().toLowerCase(Locale.ROOT);
      if (!(between.equals("and")
          || between.equals(",")
          || between.equals(", and")
          || between.equals("or")
          || between.equals("і")
          || between.equals("и")
          || between.equals("та")
          || between.equals("und")
          || between.equals("et"))) {
        return;
      }
      out.set(k, m.withKindHint(PlaceKind.admin1));
      from = m.start();
    }
  }

  private void addAdjectives(String text, Sentence s, List<Token> tokens, List<RawMention> out) {
    List<CountryAdjective> adjectives = demonyms.find(tokens, text);
    if (adjectives.isEmpty()) {
      return;
    }
    List<RawMention> names = new ArrayList<>(out);
    for (CountryAdjective a : adjectives) {
      boolean inside = false;
      for (RawMention m : names) {
        if (a.start() < m.end() && m.start() < a.end()) {
          inside = true;
          break;
        }
      }
      if (inside) {
        continue;
      }
      Optional<Candidate> country = lookup.country(a.country());
      if (country.isPresent()) {
        out.add(
            new RawMention(
                a.start(),
                a.end(),
                a.end(),
                a.surface(),
                Form.adjective,
                List.of(country.get()),
                PlaceKind.country,
                s.index()));
      }
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
  }

  /**
   * Ukrainian and Russian nouns for a village, town or settlement before its name ("село Дачне").
   */
  static final Set<String> SLAVIC_PLACE_NOUNS =
      Set.of(
          "село", "селі", "села", "селом", "селище", "селищі", "селища", "місто", "місті", "міста",
          "містом", "пункт", "пункті", "пункту", "пункта", "пункте", "город", "городе", "города",
          "городом", "поселок", "посёлок", "поселке", "посёлке", "поселка", "посёлка", "деревня",
          "деревне", "деревни", "станиця", "станица", "хутір", "хутор");

  /**
   * German articles, alone or joined to a preposition ("im", "am", "zum"): a town's name takes none
   * ("in Charkiw", "bei Pokrowsk"), a noun does ("im Osten", "am Ende"); only countries and regions
   * are named with one ("die Ukraine", "im Irak", "der Krim").
   */
  private static final Set<String> GERMAN_ARTICLES =
      Set.of(
          "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen",
          "eines", "im", "am", "vom", "zum", "zur", "beim", "ins");

  private boolean acceptSingle(
      List<Token> tokens,
      int i,
      List<Candidate> c,
      boolean titleCase,
      Set<String> persons,
      Set<String> places,
      boolean inList) {
    Token t = tokens.get(i);
    String lower = t.lower();
    if (t.numeric() || NEVER.contains(lower) || persons.contains(lower)) {
      return false;
    }
    if (lookup.abbreviation(t.text())) {
      return true; // "US", "UK", "UAE", "U.S"
    }
    if (lexicon.isTrigger(t)) {
      return false; // an event word: "Бої тривають", "Shelling"
    }
    if (lower.length() <= 2 || lower.matches(".*'(m|s|d|ll|re|ve|t)")) {
      return false; // "Mr", "St", "I'm": codes and contractions, not places
    }
    boolean allCaps = t.text().equals(t.text().toUpperCase(Locale.ROOT));
    Token prev = i > 0 ? tokens.get(i - 1) : null;
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (prev != null
        && GERMAN_ARTICLES.contains(prev.lower())
        && c.stream().allMatch(x -> x.kind() == PlaceKind.locality)) {
      return false; // German nouns are capitalised: "in der Nähe", "die Mitte", "eine Wende"
    }
    if (prev != null && GERMAN_ARTICLES.contains(prev.lower()) && CommonWords.contains(lower)) {
      return false; // "im Norden", "des Landes": common nouns, whatever else the name may be
    }
    if (allCaps && lower.length() <= 4 && !followedByComma(tokens, i)) {
      return false; // "NATO", "MPS", "BBC": acronyms, not places
    }
    if (demonyms.country(t.text()).isPresent()) {
      return false; // "German", "Canadian": the adjective, not a town of that name
    }
    boolean strong = false;
    boolean townsOnly = true;
    long population = 0;
    for (Candidate x : c) {
      population = Math.max(population, x.population());
      strong |= x.kind() != PlaceKind.locality || x.capital() || "PPLA".equals(x.featureCode());
      townsOnly &= x.kind() == PlaceKind.locality && !x.capital();
    }
    // Could be a surname: only towns, none of them a capital or a large city.
    boolean personLike = townsOnly && population < 500_000;
    boolean locative =
        inList
            || prev != null
                && (RoleClassifier.LOCATIVE.contains(prev.lower())
                    || WEAK_CUES.contains(prev.lower())
                    || prev.capitalised() && GERMAN_PLACE_NOUNS.contains(prev.lower())
                    || SLAVIC_PLACE_NOUNS.contains(prev.lower())
                    || coordinatedAfterCue(tokens, i))
            || next != null && RoleClassifier.FRONT_NOUNS_AFTER.contains(next.lower())
            || cueBeforeArticle(tokens, i)
            || elidedAfterCue(tokens, i);
    if (personLike
        && next != null
        && next.start() == t.end() + 1
        && RoleClassifier.SPEECH.contains(next.lower())
        && !(prev != null && RoleClassifier.LOCATIVE.contains(prev.lower()))) {
      persons.add(lower); // "Kelly said"
      return false;
    }
    boolean strictCue =
        prev != null
            && (RoleClassifier.LOCATIVE.contains(prev.lower())
                || RoleClassifier.TARGET_VERBS.contains(prev.lower())
                || lexicon.isTrigger(prev));
    locative |= strictCue;
    if (strictCue && !strong && population < 100_000) {
      places.add(lower); // "in Bakhmut" once, then "Bakhmut" alone means the town too
    }
    if (!strong && population < 100_000 && !locative && !titleCase && !places.contains(lower)) {
      return false; // a small town needs a cue: "in Bakhmut", "from Izium", "shelled Avdiivka"
    }
    if (CommonWords.contains(lower)) {
      boolean nextCapital = next != null && next.capitalised() && !titleCase;
      boolean strictlyLocative =
          prev != null
              && (RoleClassifier.LOCATIVE.contains(prev.lower())
                  || (WEAK_CUES.contains(prev.lower()) && !prev.lower().equals("of")));
      if (!strictlyLocative || nextCapital || titleCase) {
        return false;
      }
    }
    if (titleCase) {
      return true;
    }
    if (prev != null && TITLES.contains(prev.lower())) {
      if (personLike) {
        persons.add(lower);
      }
      return false;
    }
    if (prev != null
        && i - 1 > 0 // a sentence's first word is capitalised anyway: "Обстрел Харькова"
        && prev.capitalised()
        && prev.end() == t.start() - 1
        && !CommonWords.contains(prev.lower())
        && !PLACE_NOUNS.contains(prev.lower())
        && !RoleClassifier.DIRECTIONS.contains(prev.lower())
        && !nameLikePlace(prev)
        && demonyms.country(prev.text()).isEmpty()) {
      if (personLike) {
        persons.add(lower); // a surname: later "Kelly" alone is the same person
      }
      return false; // "Volodymyr Zelenskyy", "George Washington"
    }
    if (next != null
        && next.capitalised()
        && next.start() == t.end() + 1
        && !FOLLOWERS_OK.contains(next.lower())
        && !NEVER.contains(next.lower()) // "in Basra Wednesday", "in Hebron Friday"
        && !nameLikePlace(next)
        && !(i + 2 < tokens.size() && SLAVIC_REGION_WORDS.contains(tokens.get(i + 2).lower()))
        && !demonyms.country(next.text()).isPresent()) {
      return false; // "Geneva Conventions", "Washington Post"
    }
    return true;
  }

  /**
   * True when word {@code i} continues a list of capitalised words that follows a cue, though the
   * earlier items are no places the gazetteer knows: "обстріляв Антонівку та Білозерку", "Під
   * обстрілом опинилися Антонівка, Білозерка і Станіслав". The cue is a locative word, a target
   * verb or an event word before the list, or the list is the subject after an event word.
   */
  private boolean listAfterCue(String text, List<Token> tokens, int i) {
    int k = i - 1;
    boolean item = false;
    while (k >= 0) {
      Token t = tokens.get(k);
      if (RoleClassifier.COORDINATORS.contains(t.lower())) {
        k--;
        continue;
      }
      Token after = tokens.get(k + 1);
      boolean separated =
          text.substring(t.end(), after.start()).contains(",")
              || RoleClassifier.COORDINATORS.contains(after.lower());
      if (t.capitalised() && separated && !t.numeric()) {
        item = true;
        k--;
        continue;
      }
      break;
    }
    if (!item || k < 0) {
      return false;
    }
    Token cue = tokens.get(k);
    return RoleClassifier.LOCATIVE.contains(cue.lower())
        || RoleClassifier.TARGET_VERBS.contains(cue.lower())
        || cue.lower().equals("по") // "по Оріхову, Гуляйполю"
        || lexicon.isTrigger(cue)
        || RoleClassifier.subjectAfterTrigger(text, tokens, lexicon::isTrigger, k + 1);
  }

  /**
   * True when word {@code i} continues a list whose previous item is a place found in this
   * sentence: "near Chasiv Yar, Toretsk, and Vuhledar".
   */
  private static boolean listAfterPlace(
      String text, List<Token> tokens, int i, List<RawMention> found) {
    if (found.isEmpty() || i == 0) {
      return false;
    }
    RawMention last = found.get(found.size() - 1);
    String between =
        text.substring(last.end(), tokens.get(i).start()).trim().toLowerCase(Locale.ROOT);
    return between.equals(",")
        || between.equals("and")
        || between.equals(", and")
        || between.equals("or")
        || between.equals(", or")
        || between.equals("і")
        || between.equals("и")
        || between.equals("та")
        || between.equals("und")
        || between.equals("et");
  }

  /**
   * Nouns that, before "of", show the name after it is a town: "the city of X", and the parts only
   * a town has, "the outskirts of X", "the centre of X".
   */
  static final Set<String> LOCALITY_PARTS =
      Set.of(
          "city",
          "town",
          "village",
          "settlement",
          "outskirts",
          "suburbs",
          "suburb",
          "centre",
          "center",
          "downtown",
          "streets",
          "heart");

  /**
   * Cyrillic word {@code i} is the second of two coordinated names after a locative word, though
   * the first was not found (an inflected name of two words: "поблизу Часового Яру та Торецька").
   */
  private static boolean coordinatedAfterCue(List<Token> tokens, int i) {
    if (i < 3
        || !RoleClassifier.COORDINATORS.contains(tokens.get(i - 1).lower())
        || !Character.UnicodeBlock.of(tokens.get(i).text().charAt(0))
            .equals(Character.UnicodeBlock.CYRILLIC)) {
      return false;
    }
    int k = i - 2;
    int names = 0;
    while (k >= 0 && tokens.get(k).capitalised() && names < 3) {
      k--;
      names++;
    }
    return names > 0 && k >= 0 && RoleClassifier.LOCATIVE.contains(tokens.get(k).lower());
  }

  /** German nouns before a place name that mark it as one: "im Raum Pokrowsk", "Stadt Sumy". */
  private static final Set<String> GERMAN_PLACE_NOUNS =
      Set.of(
          "raum",
          "gebiet",
          "region",
          "stadt",
          "dorf",
          "bezirk",
          "oblast",
          "großraum",
          "grenzregion",
          "grenzgebiet");

  /** Capitalised nouns that introduce a place name: "Gebiet Donezk", "Oblast Charkiw". */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "regionen",
          "gebieten",
          "gebiete",
          "provinzen",
          "grenzregion",
          "grenzgebiet",
          "gebiet",
          "region",
          "oblast",
          "provinz",
          "stadt",
          "dorf",
          "dorfes",
          "ortschaft",
          "ort",
          "ortes",
          "siedlung",
          "province",
          "city",
          "town",
          "village",
          "district",
          "state",
          "governorate",
          "bezirk",
          "kreis",
          "rayon",
          "область",
          "район",
          "місто",
          "город",
          "село");

  /** Words that, before a small town's name, show it is used as a place. */
  /**
   * A locative word, an article and one lower-case word before word {@code i}, and no capitalised
   * word after it: "from the occupied Enerhodar", "in the embattled Vovchansk" (but not "at the
   * Supreme Court", "in the Obama administration").
   */
  private static boolean cueBeforeArticle(List<Token> tokens, int i) {
    int k = i - 1;
    if (k < 2
        || tokens.get(k).capitalised()
        || !ARTICLES.contains(tokens.get(k - 1).lower())
        || i + 1 < tokens.size() && tokens.get(i + 1).capitalised()) {
      return false;
    }
    String cue = tokens.get(k - 2).lower();
    return RoleClassifier.LOCATIVE.contains(cue) || WEAK_CUES.contains(cue);
  }

  private static final Set<String> ARTICLES = Set.of("the");

  /** A French elided article after a locative word: "près d'Avdiivka", "à l'est d'Izioum". */
  private static boolean elidedAfterCue(List<Token> tokens, int i) {
    if (i < 2 || !Set.of("d", "l").contains(tokens.get(i - 1).lower())) {
      return false;
    }
    String cue = tokens.get(i - 2).lower();
    return RoleClassifier.LOCATIVE.contains(cue)
        || RoleClassifier.DIRECTIONS.contains(cue)
        || WEAK_CUES.contains(cue)
        || cue.equals("contrôle");
  }

  private static final Set<String> WEAK_CUES =
      Set.of(
          "from", "to", "of", "via", "toward", "towards", "through", "across", "з", "із", "до",
          "из", "von", "nach", "aus", "de", "vers", "par");

  /** "Calif.", "Mass.": a short capitalised word naming a region, written with a full stop. */
  private static boolean stateAbbreviation(String text, Token t, List<Candidate> c) {
    if (t.text().length() > 5 || !t.capitalised()) {
      return false;
    }
    // Mid-sentence: ", Calif., police said" or "Calif. officials" (not a sentence-ending "Sumy.").
    int k = t.end() + 1;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    boolean midSentence =
        k < text.length() && (text.charAt(k) == ',' || Character.isLowerCase(text.charAt(k)))
            || (k == t.end() + 1 && k < text.length() && text.charAt(k) == ',');
    return midSentence
        && c.stream()
            .anyMatch(x -> x.kind() == PlaceKind.admin1 && !x.name().equalsIgnoreCase(t.text()));
  }

  /** True when punctuation follows the word ("KYIV, Ukraine", "KYIV (AP)") or it ends the list. */
  private static boolean followedByComma(List<Token> tokens, int i) {
    // not at a sentence's end: "сообщили СМИ." is the media, an acronym
    return i + 1 < tokens.size() && tokens.get(i + 1).start() - tokens.get(i).end() >= 2;
  }

  private boolean nameLikePlace(Token t) {
    return !lookup.candidates(lookup.normalise(t.text())).isEmpty();
  }

  private static final Set<String> SLAVIC_REGION_WORDS =
      Set.of(
          "область",
          "області",
          "областей",
          "области",
          "областью",
          "областях",
          "областями",
          "областям",
          "обл",
          "oblast",
          "oblast'");

  /**
   * Ukrainian and Russian words for a district (район), a municipality (громада) or a front axis
   * named after its town (напрямок, направление: "на Покровському напрямку"), any case.
   */
  private static final Set<String> SLAVIC_DISTRICT_WORDS =
      Set.of(
          "район",
          "району",
          "районі",
          "районом",
          "районе",
          "района",
          "районах",
          "районів",
          "районов",
          "громада",
          "громади",
          "община",
          "общины",
          "общине",
          "общин",
          "громаді",
          "громадою",
          "громаду",
          "громад",
          "напрямок",
          "напрямку",
          "напрямі",
          "напрямках",
          "направление",
          "направлении",
          "направлению",
          "направления");

  /**
   * A city of 300,000 or more people was named in this sentence less than 60 characters before
   * {@code start}: a district adjective after it names one of its districts ("У Харкові під ударом
   * опинився Слобідський район").
   */
  private static boolean cityBefore(List<RawMention> found, int start) {
    if (found.isEmpty()) {
      return false;
    }
    RawMention last = found.get(found.size() - 1);
    if (start - last.end() > 60) {
      return false;
    }
    for (Candidate c : last.candidates()) {
      if (c.kind() == PlaceKind.locality && c.population() >= 300_000) {
        return true;
      }
    }
    return false;
  }

  /** "у Дніпровському районі міста": a district of the city, not the area around a town. */
  private static final Set<String> CITY_GENITIVES = Set.of("міста", "города", "stadt", "ville");

  /**
   * Word {@code i} is followed by a district word, and that by no name and no word for "of the
   * city": "у Київському районі Харкова" is a district of the city of Kharkiv, not the district
   * around Kyiv. Also true for an adjective that opens a list before one plural district word.
   */
  private static boolean districtWordFollows(List<Token> tokens, int i) {
    if (i + 1 < tokens.size()
        && SLAVIC_DISTRICT_WORDS.contains(tokens.get(i + 1).lower())
        && !(i + 2 < tokens.size()
            && (tokens.get(i + 2).capitalised()
                    && !(i + 3 < tokens.size()
                        && SLAVIC_REGION_WORDS.contains(tokens.get(i + 3).lower()))
                || CITY_GENITIVES.contains(tokens.get(i + 2).lower())))) {
      return true; // "Никопольский район Днепропетровской области" is still Nikopol's district
    }
    // a list of adjectives before a plural: "Краснопільська, Білопільська та Юнаківська громади"
    for (int k = i + 1; k < Math.min(tokens.size(), i + 8); k++) {
      String w = tokens.get(k).lower();
      if (SLAVIC_DISTRICT_WORDS.contains(w)) {
        return k > i + 1
            && !tokens.get(k - 1).lower().matches("і|й|та|и")
            && !(k + 1 < tokens.size() && tokens.get(k + 1).capitalised());
      }
      if (!tokens.get(k).capitalised() && !w.matches("і|й|та|и")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The town a district adjective is named after ("Покровському районі" -> Pokrovsk), localities
   * only; the first base form the gazetteer knows wins.
   */
  private List<Candidate> districtTowns(String word) {
    if (word.isEmpty()
        || !Character.UnicodeBlock.of(word.charAt(0)).equals(Character.UnicodeBlock.CYRILLIC)) {
      return List.of();
    }
    return largestTowns(Inflection.districtTowns(word));
  }

  /**
   * The localities of the one of {@code bases} that names the largest town: "Костянтинівському" may
   * come from Костянтинів or Костянтинівка, and the larger town is the likelier base; ties go to
   * the earlier base.
   */
  private List<Candidate> largestTowns(List<String> bases) {
    List<Candidate> best = List.of();
    long bestPopulation = -1;
    for (String base : bases) {
      List<Candidate> towns =
          lookup.candidates(lookup.normalise(base)).stream()
              .filter(x -> x.kind() == PlaceKind.locality)
              .toList();
      long population = -1;
      for (Candidate c : towns) {
        population = Math.max(population, c.population());
      }
      if (!towns.isEmpty() && population > bestPopulation) {
        best = towns;
        bestPopulation = population;
      }
    }
    return best;
  }

  /**
   * Where the town of a Ukrainian or Russian area name in "-щина"/"-чина" ends, any case
   * ("Нікопольщину" -> 8, Нікополь; "Покровщина" -> Покров…); 0 when the word is no such name.
   * Areas named after a region ("Харківщина") are found before, as regions ({@link WorldNames}).
   */
  private static int townAreaStem(String word) {
    if (word.isEmpty()
        || !Character.UnicodeBlock.of(word.charAt(0)).equals(Character.UnicodeBlock.CYRILLIC)) {
      return 0;
    }
    for (String suffix : new String[] {"щина", "чина"}) {
      String root = suffix.substring(0, suffix.length() - 1); // щин, чин
      int k = word.lastIndexOf(root);
      if (k >= 4 && word.length() - k <= root.length() + 3) {
        return k;
      }
    }
    return 0;
  }

  /** The towns an area is named after: "Нікополь", "Покров" -> Покровськ, "Куп'ян" -> Куп'янськ. */
  private List<Candidate> townsOfArea(String stem) {
    return largestTowns(List.of(stem, stem + "ськ", stem + "ск", stem + "ь"));
  }

  /** Plural forms of "область" (Ukrainian "області" is also the plural). */
  private static final Set<String> SLAVIC_PLURAL_REGION_WORDS =
      Set.of("областей", "областях", "областями", "областям", "області");

  /**
   * Word {@code i} is followed by "область" in some case, or by coordinated adjectives and a plural
   * of it ("над Белгородской и Курской областями", "Курской, Брянской и Белгородской областей").
   */
  private static boolean regionWordFollows(List<Token> tokens, int i) {
    if (i + 1 < tokens.size() && SLAVIC_REGION_WORDS.contains(tokens.get(i + 1).lower())) {
      return true;
    }
    // a list of adjectives before a plural: "Курской, Брянской и Белгородской областей"
    for (int k = i + 1; k < Math.min(tokens.size(), i + 8); k++) {
      String w = tokens.get(k).lower();
      if (SLAVIC_PLURAL_REGION_WORDS.contains(w)) {
        return k > i + 1 && !tokens.get(k - 1).lower().matches("і|й|та|и");
      }
      if (!tokens.get(k).capitalised() && !w.matches("і|й|та|и")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The region an inflected Ukrainian or Russian adjective names before "область": "Донецькій
   * області" -> "Донецька область", "Белгородской области" -> "Белгородская область".
   */
  private List<Candidate> slavicRegion(String word) {
    List<String> bases = new ArrayList<>();
    bases.add(word);
    bases.addAll(Inflection.bases(word));
    for (String ending : new String[] {"ій", "ої", "ою", "ой", "ую", "у", "а", "ая"}) {
      if (word.endsWith(ending) && word.length() > ending.length() + 3) {
        String stem = word.substring(0, word.length() - ending.length());
        bases.add(stem + "а");
        bases.add(stem + "ая");
      }
    }
    for (String b : bases) {
      for (String form : new String[] {b + " область", b + " oblast", b}) {
        List<Candidate> c = lookup.candidates(lookup.normalise(form));
        List<Candidate> regions = c.stream().filter(x -> x.kind() == PlaceKind.admin1).toList();
        if (!regions.isEmpty()) {
          return regions;
        }
      }
    }
    return List.of();
  }

  /**
   * German and French transliterations of Cyrillic names, tried when a Latin word is not found as
   * written (only places of countries that write in Cyrillic are taken): German "w" for "v", "sch"
   * for "sh", "tsch" for "ch", "j" for "y" (Tschernihiw -> Chernihiv); French "ou" for "u", "tch"
   * for "ch" (Koupiansk -> Kupiansk).
   */
  private List<Candidate> respelled(String word) {
    if (word.length() < 5 || !Character.isLetter(word.charAt(0)) || word.charAt(0) > 'Z') {
      return List.of();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    List<String> variants = new ArrayList<>(2);
    if (lower.contains("w") || lower.contains("sch") || lower.contains("j")) {
      variants.add(
          lower.replace("tsch", "ch").replace("sch", "sh").replace('w', 'v').replace('j', 'y'));
    }
    if (lower.contains("ou") || lower.contains("tch")) {
      variants.add(lower.replace("tch", "ch").replace("ou", "u"));
    }
    for (String v : variants) {
      List<Candidate> c =
          lookup.candidates(lookup.normalise(v)).stream()
              .filter(x -> CYRILLIC_COUNTRIES.contains(x.country()))
              .toList();
      if (!c.isEmpty()) {
        return c;
      }
    }
    return List.of();
  }

  /** Countries whose place names are written in Cyrillic, and so transliterated. */
  private static final Set<String> CYRILLIC_COUNTRIES =
      Set.of("UA", "RU", "BY", "KZ", "KG", "TJ", "BG", "RS", "MK", "MN");

  /** Ukrainian and Russian case endings, tried when a Cyrillic word is not found as written. */
  private List<Candidate> inflected(String word) {
    if (word.isEmpty()
        || !Character.UnicodeBlock.of(word.charAt(0)).equals(Character.UnicodeBlock.CYRILLIC)) {
      return List.of();
    }
    if (word.length() < 5) {
      return List.of(); // too short to strip an ending safely
    }
    // Every base form the endings allow, merged: resolution then prefers the prominent place
    // ("Харкові": Kharkiv, not a small town whose name is the bare stem).
    List<Candidate> out = new ArrayList<>();
    for (String base : Inflection.bases(word)) {
      for (Candidate c : lookup.candidates(lookup.normalise(base))) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static boolean hyphenBefore(String text, Token t) {
    return t.start() > 0 && text.charAt(t.start() - 1) == '-';
  }

  /**
   * A hyphenated Ukrainian or Russian name inflected in its last part: "Нови-Саде" -> "Нови-Сад",
   * "Кам'янець-Подільському" -> "Кам'янець-Подільський".
   */
  private List<Candidate> inflectedLast(String head, String last) {
    if (last.isEmpty()
        || !Character.UnicodeBlock.of(last.charAt(0)).equals(Character.UnicodeBlock.CYRILLIC)) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    for (String base : Inflection.bases(last)) {
      for (Candidate c : lookup.candidates(lookup.normalise(head + base))) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * A two-word Ukrainian or Russian name inflected in both words: "Кривого Рогу" -> "Кривий Ріг".
   */
  private List<Candidate> inflectedPair(String a, String b) {
    if (a.isEmpty()
        || b.isEmpty()
        || !Character.UnicodeBlock.of(a.charAt(0)).equals(Character.UnicodeBlock.CYRILLIC)
        || !Character.UnicodeBlock.of(b.charAt(0)).equals(Character.UnicodeBlock.CYRILLIC)) {
      return List.of();
    }
    List<String> firsts = new ArrayList<>(Inflection.bases(a));
    firsts.add(0, a);
    List<String> seconds = new ArrayList<>(Inflection.bases(b));
    seconds.add(0, b);
    if (b.length() >= 3 && "аую".indexOf(b.charAt(b.length() - 1)) >= 0) {
      seconds.add(b.substring(0, b.length() - 1)); // a short noun: "Часов Яра" -> "Часов Яр"
    }
    List<Candidate> out = new ArrayList<>();
    for (String x : firsts) {
      for (String y : seconds) {
        for (Candidate c : lookup.candidates(lookup.normalise(x + " " + y))) {
          if (!out.contains(c)) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  private static boolean nameLike(Token t) {
    return t.capitalised() && !t.numeric();
  }

  /** True when tokens {@code i..i+n-1} are separated by single spaces or hyphens only. */
  private static boolean joined(String text, List<Token> tokens, int i, int n) {
    for (int k = i + 1; k < i + n; k++) {
      int gapStart = tokens.get(k - 1).end();
      int gapEnd = tokens.get(k).start();
      if (gapEnd - gapStart > 2) {
        return false;
      }
      for (int p = gapStart; p < gapEnd; p++) {
        char c = text.charAt(p);
        if (c != ' ' && c != '-' && c != '\u00a0') {
          return false;
        }
      }
      if (k < i + n - 1
          && !tokens.get(k).capitalised()
          && !CONNECTORS.contains(tokens.get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /** A headline: most words of four letters or more are capitalised. */
  static boolean titleCase(List<Token> tokens) {
    int words = 0;
    int caps = 0;
    for (Token t : tokens) {
      if (t.text().length() >= 4 && Character.isLetter(t.text().charAt(0))) {
        words++;
        if (t.capitalised()) {
          caps++;
        }
      }
    }
    return words >= 3 && caps * 10 >= words * 8;
  }
}
