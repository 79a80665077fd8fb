package org.conflictmap.geoparse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.conflictmap.geoparse.event.Trigger;
import org.conflictmap.geoparse.text.Sentence;
import org.conflictmap.geoparse.text.Token;
import org.conflictmap.store.Event.PlaceKind;

/**
 * Decides whether a place mention is where the reported action happened ({@link Role#event}) or
 * context, from its sentence alone. Works on mention spans and word lists, whatever gazetteer
 * resolved them.
 *
 * <h2>Rules, in order (the first that applies decides)</h2>
 *
 * <ol>
 *   <li><b>Adjectives</b> ("Russian", "Chinese") are context.
 *   <li><b>Organisations</b>: a name ending an armed group's or party's name ("the Islamic State of
 *       Iraq and al-Sham", "the Islamic Emirate of Afghanistan", "the People's Front of Donbas") is
 *       context.
 *   <li><b>Attributive names</b>: a place before a hyphenated participle ("US-backed raids",
 *       "Kyiv-backed") or a country right before a noun of its institutions or forces ("the US
 *       consulate", "US soldiers") says whose the thing is, not where anything happened: context.
 *   <li><b>Datelines</b>: a name opening a paragraph, followed by an optional ", Country", an
 *       optional agency in brackets and a dash or colon ("KYIV, Ukraine (AP) —") is context.
 *   <li><b>Governing word.</b> Walking left from the mention over articles, direction words
 *       ("eastern"), place nouns ("city of", "outskirts of", "region of", "im Gebiet", "dans la
 *       région de"), one adjective after an article ("in the embattled Donetsk region") and
 *       coordinated mentions ("the Kursk and Belgorod regions", "Pokrovsk (Donetsk region)") and
 *       coordinated names of up to two words ("поблизу Часового Яру та Торецька") reaches the word
 *       that governs the whole phrase, e.g. "in".
 *   <li><b>Distances</b>: "500 km from Moscow", "30 miles north of X": context beyond 50 km; within
 *       50 km an event near the place (geo-precision 2) when the sentence has an event trigger.
 *   <li><b>Origins</b>: governed by "from" (з/із/від, из, aus/von), or "nationals/citizens/natives
 *       of": context. Except "from" after a withdrawal or fire verb ("withdrew from X"), and, for
 *       the non-English words, an evacuation or withdrawal word in the same clause before or after
 *       ("з Куп'янська евакуювали", "aus Cherson evakuiert"): event.
 *   <li><b>Governments and speakers</b>: the mention is followed by a speech or stance verb
 *       ("Beijing said", "Moscow has denied", "Kiew teilte mit", "Москва заявила", "Paris a
 *       déclaré"), by a possessive and an office ("Ukraine's foreign minister"), or follows
 *       "officials/authorities/embassy ... in/of/to" or a reporting source ("a military source in
 *       X", "a correspondent in X"): context. So is a name right after a speech verb ("a annoncé
 *       Moscou"), after "according to", "selon", "d'après", "laut", and a locative right after an
 *       active speech verb that is no event word ("said in Kyiv", "повідомили в Києві"; not the
 *       passive "were reported in X", nor "protested in X").
 *   <li><b>Venues</b>: a word of talks or visits ("talks", "summit", "met", "visit") shortly before
 *       the mention: context, unless an event word comes shortly before the venue word or between
 *       it and the mention ("shot dead during talks in Geneva").
 *   <li><b>Marches</b>: "to X" after a verb of marching or advancing ("marched to Kyiv"): event.
 *   <li><b>Topics</b>: "on" or "over" after a noun of statements or disputes ("a statement on
 *       Iraq", "his position on Kosovo") says what it is about: context.
 *   <li><b>Between countries</b>: a country after "between" ("on the border between X and Y")
 *       bounds the site rather than being it: context (towns after "between" stay sites).
 *   <li><b>Background</b>: a locative after a noun for a whole war or an organisation's branch
 *       ("killed during the war in Syria", "al-Qaeda's branch in Yemen", "des Krieges in der
 *       Ukraine", "la guerre en Ukraine") places the war, not the reported act: context.
 *   <li><b>No event in the sentence</b>: without a trigger of the event lexicon, context.
 *   <li><b>Locative</b>: within 15 words of an event trigger (20 when the trigger comes before it
 *       in one clause, with no comma or semicolon between) and governed by a locative preposition
 *       ("in", "at", "near", "on", "into", "outside"; в/у/на/під/біля/над, в/на/под/около/над,
 *       in/bei/nahe, à/en/dans/près): event; near-type prepositions and direction words make it an
 *       event near the place (geo-precision 2).
 *   <li><b>Target</b>: right after an attack verb or any trigger, with no comma between ("shelled
 *       Kharkiv", "captured Avdiivka", "évacués de Kharkiv"; "shelled the suburbs of Kharkiv",
 *       "обстріляв околиці Херсона", "la banlieue de X" is an event near the place, geo-precision
 *       2); governed by Ukrainian/Russian "по" within three words of a trigger ("удару по
 *       Харкову"); the subject of a passive trigger over up to four auxiliaries and adverbs
 *       ("Kharkiv was shelled", "Kherson a de nouveau été pilonnée"; a form of "be" is needed, so
 *       "Russia has captured X" leaves Russia the actor); a possessive naming a part of the place
 *       ("Kharkiv's northern district"); in a German verb-final clause, between the auxiliary and
 *       the attack participle that ends the clause (sentence end or comma: "hat Charkiw mit Drohnen
 *       angegriffen", "wurde Kramatorsk von Raketen getroffen, …"); a town (not a capital) directly
 *       before an event noun ("the Avdiivka offensive"); "from" after a withdrawal or fire verb; a
 *       Cyrillic name up to four lower-case words after a trigger in its clause, the subject
 *       Ukrainian and Russian put after the verb ("Під ударом були Нікополь", "под удар попал
 *       Шебекино"): event.
 *   <li>Otherwise context: a capital or country standing for its government, a subject, a modifier
 *       ("the Ukraine conflict").
 * </ol>
 *
 * The same rules apply to names the gazetteer does not list ({@link UnlistedPlaceFinder}), which
 * have no place: for them the place-kind tests (metonymy of countries and capitals) do not apply.
 * The qualifier rules follow in {@link Geoparser}: a region or country event mention that holds a
 * more precise event mention of the same sentence only qualifies it and becomes context, and so do
 * the holder of an unlisted site and the reference point of a distance. Stateless and thread-safe.
 *
 * <p>Measured on the event-location sentences (Halterman 2019, 5,852 gold spans): event-role
 * precision 0.654, recall 0.685 with the whole pipeline (0.619 / 0.645 before the rules for
 * holders, attributive names, organisations and lists; 0.552 / 0.474 before unlisted sites). Half
 * of the remaining false alarms lie in sentences whose gold marks no location at all.
 */
public final class RoleClassifier {
  static final Set<String> LOCATIVE =
      Set.of(
          "through",
          "above",
          "downtown",
          "where",
          "inland",
          "in",
          "at",
          "near",
          "on",
          "into",
          "inside",
          "outside",
          "around",
          "across",
          "throughout",
          "within",
          "over",
          "nearby",
          "between",
          "along",
          "off",
          "close",
          "outskirts",
          "towards",
          "toward",
          "beyond",
          "в",
          "у",
          "на",
          "під",
          "біля",
          "поблизу",
          "поруч",
          "районі",
          "над",
          "под",
          "около",
          "возле",
          "вблизи",
          "районе",
          "рядом",
          "im",
          "bei",
          "nahe",
          "um",
          "auf",
          "à",
          "au",
          "aux",
          "en",
          "dans",
          "près",
          "sur",
          "vers",
          "autour",
          "dessus"); // "au-dessus de X" (hyphens split words)
  static final Set<String> NEAR =
      Set.of(
          "near",
          "outside",
          "around",
          "nearby",
          "close",
          "outskirts",
          "towards",
          "toward",
          "beyond",
          "під",
          "біля",
          "поблизу",
          "поруч",
          "под",
          "около",
          "возле",
          "вблизи",
          "рядом",
          "bei",
          "nahe",
          "près",
          "vers",
          "autour",
          "suburbs",
          "suburb",
          "environs",
          "районі",
          "районе");
  static final Set<String> DIRECTIONS =
      Set.of(
          "eastern",
          "western",
          "northern",
          "southern",
          "central",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "north-eastern",
          "north-western",
          "south-eastern",
          "south-western",
          "east",
          "west",
          "north",
          "south",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "upper",
          "lower",
          "greater",
          "ostukraine",
          "східній",
          "східної",
          "південній",
          "північній",
          "західній",
          "восточной",
          "южной",
          "северной",
          "западной",
          "östlichen",
          "westlichen",
          "nördlichen",
          "südlichen",
          "l'est",
          "l'ouest",
          "nord",
          "sud",
          "est",
          "ouest");

  /**
   * Words for a settlement in Ukrainian, Russian, German and French, between a locative and the
   * name: "в поселке Климово", "у населеному пункті X", "im Dorf X", "dans la localité de X".
   */
  private static final Set<String> SETTLEMENT_WORDS =
      Set.of(
          "населений",
          "населеного",
          "населеному",
          "населенім",
          "населенный",
          "населенного",
          "населенном",
          "населённого",
          "населённом",
          "dorf",
          "dorfes",
          "stadt",
          "ortschaft",
          "grenzregion",
          "grenzgebiet",
          "ville",
          "localité",
          "commune");

  private static final Set<String> SKIP =
      Set.of(
          "l", // elided French articles: "l'Ukraine", "d'Odessa"
          "d",
          "територією",
          "території",
          "територію",
          "территорией",
          "территории",
          "территорию",
          "territory",
          "the",
          "a",
          "an",
          "city",
          "town",
          "village",
          "villages",
          "settlement",
          "region",
          "regions",
          "province",
          "provinces",
          "district",
          "districts",
          "oblast",
          "oblasts",
          "outskirts",
          "suburbs",
          "suburb",
          "part",
          "parts",
          "areas",
          "area",
          "border",
          "frontline",
          "front",
          "de",
          "la",
          "le",
          "les",
          "gestern", // time adverbs between a verb and its object: "griff gestern X an"
          "vorgestern",
          "heute",
          "nachts",
          "erneut",
          "yesterday",
          "overnight",
          "again",
          "вчора",
          "сьогодні",
          "знову",
          "вчера",
          "сегодня",
          "снова",
          "hier",
          "encore",
          "regionen", // plural region words before a list: "in den Regionen Kursk und Belgorod"
          "gebieten",
          "gebiete",
          "provinzen",
          "régions",
          "raffinerie", // French facilities before "de X": "contre la raffinerie de Saratov"
          "aéroport",
          "centrale",
          "usine",
          "dépôt",
          "gare",
          "un", // "l'attaque d'un village de la région de X"
          "une",
          "du",
          "des",
          "der",
          "die",
          "dem",
          "den",
          "місті",
          "селі",
          "області",
          "городе",
          "селе",
          "области",
          "stadt",
          "l'oblast",
          // "в районе населенного пункта X", "біля села X", "в районі міста X"
          "пункта",
          "пункте",
          "пункту",
          "пункті",
          "населенного",
          "населеного",
          "населенном",
          "населеному",
          "села",
          "міста",
          "города",
          "селища",
          "поселка",
          "посёлка",
          "деревни",
          "dorf",
          "dorfes",
          "ortschaft",
          "siedlung",
          "gebiet",
          "bezirk",
          "provinz",
          "raum",
          "ville",
          "région",
          "occupied",
          "embattled",
          "besieged",
          "key",
          "strategic",
          "nearby",
          "neighbouring",
          "neighboring",
          "coastal",
          "southern",
          "s",
          "most",
          "much",
          "all",
          "large",
          "several",
          "many",
          "some",
          "entire",
          "whole",
          "central",
          "rural",
          "countryside",
          "streets",
          "heart",
          "centre",
          "center",
          "capital",
          "their",
          "his",
          "her",
          "its",
          "our",
          "my",
          "this",
          "that",
          "these",
          "those");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  static final Set<String> COORDINATORS = Set.of("and", "or", "і", "й", "та", "и", "und", "et");
  private static final Set<String> ORIGIN_NOUNS =
      Set.of(
          "nationals",
          "citizens",
          "natives",
          "national",
          "citizen",
          "native",
          "migrants",
          "refugees",
          "mercenaries",
          "volunteers");
  static final Set<String> SPEECH =
      Set.of(
          "said",
          "says",
          "say",
          "announced",
          "announces",
          "claimed",
          "claims",
          "stated",
          "states",
          "denied",
          "denies",
          "deny",
          "accused",
          "accuses",
          "warned",
          "warns",
          "told",
          "urged",
          "urges",
          "condemned",
          "condemns",
          "insisted",
          "insists",
          "responded",
          "responds",
          "reported",
          "added",
          "called",
          "calls",
          "demanded",
          "demands",
          "vowed",
          "vows",
          "threatened",
          "threatens",
          "rejected",
          "rejects",
          "dismissed",
          "confirmed",
          "confirms",
          "wants",
          "agreed",
          "agrees",
          "signed",
          "sent",
          "sends",
          "deployed",
          "supplied",
          "supplies",
          "recognised",
          "recognized",
          "sanctioned",
          "expelled",
          "summoned",
          "protested",
          "blamed",
          "blames",
          "believes",
          "hopes",
          "plans",
          "argued",
          "argues",
          "maintained",
          "maintains",
          "welcomed",
          "praised",
          "criticised",
          "criticized",
          "backed",
          "supports",
          "supported",
          "refused",
          "declined",
          "pledged",
          "offered",
          "asked",
          "appealed",
          "заявив",
          "заявила",
          "заявили",
          "заявил",
          "заявило",
          "сообщил",
          "сообщили",
          "повідомили",
          "заявляє",
          "повідомив",
          "повідомила",
          "повідомило",
          "наголосив",
          "наголосили",
          "звинуватив",
          "звинуватила",
          "звинуватили",
          "заперечує",
          "заперечив",
          "попередив",
          "попередила",
          "пригрозив",
          "заявляет",
          "сообщила",
          "сообщило",
          "утверждает",
          "утверждают",
          "обвинил",
          "обвинила",
          "обвинили",
          "отрицает",
          "опроверг",
          "предупредил",
          "пригрозил",
          "erklärte",
          "erklärt",
          "sagte",
          "sagt",
          "teilte",
          "bestritt",
          "bestreitet",
          "dementierte",
          "meldete",
          "berichtete",
          "behauptete",
          "behauptet",
          "warnte",
          "forderte",
          "fordert",
          "verurteilte",
          "kritisierte",
          "beschuldigte",
          "déclaré",
          "déclare",
          "affirme",
          "affirmé",
          "annoncé",
          "annonce",
          "indiqué",
          "indique",
          "assuré",
          "assure",
          "dénoncé",
          "dénonce",
          "accusé",
          "accuse",
          "démenti",
          "dément",
          "réclame",
          "réclamé",
          "demande",
          "estime",
          "condamné",
          "condamne",
          "averti",
          "menace");
  private static final Set<String> AUX =
      Set.of(
          "has",
          "have",
          "had",
          "also",
          "has also",
          "was",
          "is",
          "reportedly",
          "officially",
          "later",
          "then",
          "on",
          "again",
          "publicly",
          "will",
          "would",
          "could",
          "may",
          "might",
          "a",
          "ont",
          "hat",
          "hatte",
          "нібито",
          "также",
          "також");
  private static final Set<String> OFFICE =
      Set.of(
          "government",
          "foreign",
          "ministry",
          "minister",
          "president",
          "officials",
          "leader",
          "leaders",
          "leadership",
          "prime",
          "defence",
          "defense",
          "embassy",
          "ambassador",
          "envoy",
          "authorities",
          "regime",
          "administration",
          "parliament",
          "spokesman",
          "spokeswoman",
          "state",
          "military",
          "envoys",
          "diplomats",
          "position",
          "stance",
          "involvement",
          "support",
          "policy",
          "response",
          "intentions",
          "allies",
          "ally");
  private static final Set<String> GOVERNMENT_BEFORE =
      Set.of(
          "officials",
          "official",
          "authorities",
          "government",
          "ambassador",
          "envoy",
          "leaders",
          "diplomats",
          "ministry",
          "governments",
          "correspondent",
          "correspondents",
          "reporter",
          "source",
          "sources",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "кореспондент",
          "кореспондента",
          "джерело",
          "джерела",
          "корреспондент",
          "корреспондента",
          "источник",
          "источника",
          "korrespondent",
          "korrespondentin",
          "correspondant",
          "correspondante");
  private static final Set<String> VENUE =
      Set.of(
          "talks",
          "summit",
          "meeting",
          "meetings",
          "negotiations",
          "conference",
          "met",
          "meet",
          "meets",
          "visit",
          "visited",
          "visiting",
          "visits",
          "trip",
          "hosted",
          "hosts",
          "host",
          "forum",
          "accord",
          "accords",
          "treaty",
          "agreement",
          "ceasefire",
          "truce",
          "headquartered",
          "based",
          "studied",
          "born",
          "lives",
          "lived",
          "educated",
          "flew",
          "travelled",
          "traveled",
          "returned",
          "arrived",
          "fled",
          "besuch",
          "besuchs",
          "besuchte",
          "treffen",
          "gipfel",
          "gipfeltreffen",
          "gespräche",
          "gesprächen",
          "verhandlungen",
          "konferenz",
          "visite",
          "sommet",
          "réunion",
          "pourparlers",
          "négociations",
          "conférence",
          "rencontre",
          "візит",
          "візиту",
          "візиті",
          "зустріч",
          "зустрічі",
          "саміт",
          "саміті",
          "переговори",
          "переговорах",
          "переговорів",
          "визит",
          "визита",
          "визите",
          "встреча",
          "встречи",
          "встрече",
          "саммит",
          "саммите",
          "переговоры",
          "переговоров");
  static final Set<String> TARGET_VERBS =
      Set.of(
          "struck",
          "strike",
          "strikes",
          "striking",
          "hit",
          "hits",
          "hitting",
          "shelled",
          "shelling",
          "shell",
          "attacked",
          "attack",
          "attacking",
          "attacks",
          "bombed",
          "bombing",
          "bombarded",
          "captured",
          "capture",
          "capturing",
          "seized",
          "seize",
          "seizing",
          "liberated",
          "recaptured",
          "recapture",
          "recapturing",
          "liberate",
          "liberating",
          "retake",
          "retaking",
          "retaken",
          "storm",
          "raid",
          "raids",
          "shells",
          "bomb",
          "bombs",
          "seizes",
          "captures",
          "overrun",
          "overrunning",
          "retook",
          "took",
          "take",
          "taken",
          "entered",
          "enter",
          "entering",
          "stormed",
          "storming",
          "raided",
          "raiding",
          "targeted",
          "targeting",
          "invaded",
          "invade",
          "encircled",
          "pounded",
          "overran",
          "occupied",
          "occupy",
          "surrounded",
          "besieged",
          "rocked",
          "shook",
          "rocket",
          "rocketed",
          "hammered",
          "blasted",
          "obstructed",
          "patrolled",
          "patrol",
          "patrols",
          "assailed",
          "patrolling",
          "bombard",
          "evacuated",
          "control",
          "обстріляли",
          "атакували",
          "атаковали",
          "обстреляли",
          "beschossen",
          "angegriffen",
          "bombardé",
          "frappé");

  /** Words for a river, before or after its name. */
  private static final Set<String> RIVER_WORDS =
      Set.of(
          "river", "річка", "річки", "річці", "річку", "ріки", "река", "реки", "реке", "реку",
          "fluss", "flusses", "fleuve", "rivière");

  /** The banks of a river: "on the left bank of the Dnipro", "на лівому березі Дніпра". */
  private static final Set<String> BANK_WORDS =
      Set.of("bank", "banks", "берег", "берегу", "березі", "берега", "ufer", "ufers", "rive");

  /** A bank word up to three words before the name, over "of", "the" and articles. */
  private static boolean bankBefore(List<Token> tokens, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      String w = tokens.get(k).lower();
      if (BANK_WORDS.contains(w)) {
        return true;
      }
      if (!Set.of("of", "the", "de", "du", "la", "des", "am", "an").contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * German adjectives of a part of a country: "ostukrainische", "südrussischen", "nordsyrischen".
   */
  private static final Pattern GERMAN_REGIONAL_ADJECTIVE =
      Pattern.compile(
          "(?:nord|süd|ost|west|nordost|südost|nordwest|südwest)\\p{L}{3,}isch(?:e|en|er|es|em)?");

  private static final Pattern DATELINE_TAIL =
      Pattern.compile(
          "^\\s*(?:,\\s*[\\p{L}\\p{N} .'-]{2,30}?)?\\s*(?:\\([^)]{1,25}\\))?\\s*"
              + "(?:[-—–:]|(?<=\\p{N}\\s?\\p{L}{2,12})\\.)");

  /**
   * The role of one mention.
   *
   * @param text the report
   * @param sentence the mention's sentence
   * @param tokens the sentence's words
   * @param triggers the sentence's event triggers
   * @param mention the mention
   * @param place its resolved place, or {@code null} for a name the gazetteer does not list
   * @param others every mention of the sentence (including this one), in text order
   */
  public RoleDecision classify(
      String text,
      Sentence sentence,
      List<Token> tokens,
      List<Trigger> triggers,
      RawMention mention,
      Candidate place,
      List<RawMention> others) {
    if (mention.form() == Form.adjective) {
      return RoleDecision.context("adjective");
    }
    if (place != null && WorldNames.area(place)) {
      return RoleDecision.context("area");
    }
    if (topicLabel(text, sentence, mention) && !triggers.isEmpty()) {
      return RoleDecision.event("label", false); // "Запоріжжя: ворог атакував місто КАБами"
    }
    if (dateline(text, sentence, mention)) {
      return RoleDecision.context("dateline");
    }
    int first = firstToken(tokens, mention.start());
    int last = lastToken(tokens, mention.end());
    if (last + 1 < tokens.size() && RIVER_WORDS.contains(tokens.get(last + 1).lower())
        || first >= 1 && RIVER_WORDS.contains(tokens.get(first - 1).lower())
        || bankBefore(tokens, first)) {
      return RoleDecision.context("river"); // "across the Dnipro River": the river, not the city
    }

    if (inOrganisationName(text, mention)) {
      return RoleDecision.context("organisation"); // "the Islamic State of Iraq and al-Sham"
    }
    if (attributive(text, tokens, last, mention, place)) {
      return RoleDecision.context("attributive"); // "the US consulate", "US-backed raids"
    }
    // Walk left to the governing word.
    int p = first - 1;
    boolean direction = false;
    boolean qualifiedNear = false;
    boolean directionOf = false;
    int listName = -1;
    while (p >= 0) {
      Token t = tokens.get(p);
      RawMention before = mentionEndingAt(others, t.end());
      if (before != null && before != mention) {
        p = firstToken(tokens, before.start()) - 1;
        continue;
      }
      String w = t.lower();
      if (DIRECTIONS.contains(w)) {
        direction = true;
        p--;
      } else if (GERMAN_REGIONAL_ADJECTIVE.matcher(w).matches()) {
        p--; // "auf die ostukrainische Stadt Charkiw": an adjective of the region, not a governor
      } else if (OUTSKIRTS.contains(w)) {
        qualifiedNear = true;
        p--;
      } else if (w.equals("von") && p >= 1 && OUTSKIRTS.contains(tokens.get(p - 1).lower())) {
        p--; // "in der Nähe von X": near X, not from X
      } else if (SKIP.contains(w)
          || COORDINATORS.contains(w)
          || COUNTS.contains(w)
          || MentionFinder.SLAVIC_PLACE_NOUNS.contains(w)
          || SETTLEMENT_WORDS.contains(w)) {
        p--; // "shelled two villages -- A and B"
      } else if (p >= 1
          && !t.capitalised()
          && (ARTICLES.contains(tokens.get(p - 1).lower())
              || tokens.get(p - 1).lower().equals("s")
                  && p >= 2
                  && mentionEndingAt(others, tokens.get(p - 2).end()) != null)
          && !TARGET_VERBS.contains(w)
          && !SPEECH.contains(w)) {
        // an adjective between the article or a place's possessive and the name: "in the embattled
        // Donetsk region", "in Ukraine's embattled Donetsk region"
        p--;
      } else if (t.capitalised() && listItem(text, tokens, p)) {
        listName = p;
        p--; // an item of a list of names: "the streets of Bari, Catania, Milan"
      } else if (t.capitalised() && listName == p + 1 && p + 1 < first) {
        listName = -1;
        p--; // the first word of a list item of two words: "поблизу Часового Яру та Торецька"
      } else if (w.equals("of") && p >= 1) {
        // "the city of X", "south of X", "the insurgent bastion of X": the phrase before "of"
        // takes its governing word; a direction before "of" puts the event near X.
        if (DIRECTIONS.contains(tokens.get(p - 1).lower())) {
          directionOf = true;
        }
        int q = p - 1;
        int limit = Math.max(0, p - 8);
        while (q >= limit
            && !stopsOf(tokens.get(q).lower())
            && !(COORDINATORS.contains(tokens.get(q).lower())
                && q > 0
                && mentionEndingAt(others, tokens.get(q - 1).end()) != null)) {
          q--;
        }
        if (q >= limit && q > 0 && COORDINATORS.contains(tokens.get(q).lower())) {
          p = q - 1; // "in the capital of Kyiv and the western city of Lviv": the list's
          continue; // first item has the governing word
        }
        p = q >= limit ? q : p - 1;
        break;
      } else {
        break;
      }
    }
    // "the Kostiantynivka direction", "the Pokrovsk area": near the town, not in it
    boolean frontAfter =
        last + 1 < tokens.size() && FRONT_NOUNS_AFTER.contains(tokens.get(last + 1).lower());
    String governor = p >= 0 ? tokens.get(p).lower() : "";
    String beforeGovernor = p >= 1 ? tokens.get(p - 1).lower() : "";
    double distance = distanceBefore(tokens, first);
    if (distance >= 0) {
      if (distance > 50) {
        return RoleDecision.context("distance");
      }
      if (!triggers.isEmpty()) {
        return RoleDecision.event("distance-near", true);
      }
      return RoleDecision.context("no-event");
    }
    if (governor.equals("from")
        || governor.equals("від")
        || governor.equals("из")
        || governor.equals("з")
        || governor.equals("aus")
        || governor.equals("von")) {
      if (!triggers.isEmpty() && FROM_EVENT.contains(beforeGovernor)) {
        return RoleDecision.event("from", false); // "withdrew from Avdiivka", "driven from X"
      }
      if (!triggers.isEmpty()
          && !governor.equals("from")
          && departureInClause(text, tokens, p, last)) {
        return RoleDecision.event("from", false); // "з Куп'янська евакуювали", "aus X evakuiert"
      }
      return RoleDecision.context("origin");
    }
    if (governor.equals("of") && ORIGIN_NOUNS.contains(beforeGovernor)) {
      return RoleDecision.context("origin");
    }
    if (p >= 0
        && p + 1 < first
        && Set.of("de", "d", "du", "des").contains(tokens.get(p + 1).lower())
        && (governor.startsWith("retir")
            || governor.startsWith("évacu")
            || governor.startsWith("chass"))) {
      return RoleDecision.event("from", false); // "se sont retirées de X", "évacués de X"
    }
    // A place in a phrase an event word governs is no speaker: "bombed Kharkiv's military
    // airport", "a blast in Sumy blamed on saboteurs", "shot dead an official in Kherson".
    boolean governedByEvent =
        p >= 0
            && (TARGET_VERBS.contains(governor)
                || triggerAt(triggers, tokens.get(p))
                || LOCATIVE.contains(governor)
                    && p >= 1
                    && triggerCovers(triggers, tokens.get(p - 1)));
    if (!governedByEvent
            && speaker(tokens, last, LOCATIVE.contains(governor) ? triggers : List.of())
        || speaksNext(text, tokens, last, triggers)
        || GOVERNMENT_BEFORE.contains(beforeGovernor) && !triggerBefore(triggers, tokens, p - 1, 5)
        || GOVERNMENT_BEFORE.contains(governor)) {
      return RoleDecision.context("speech");
    }
    if (SPEECH.contains(governor)
        || ACCORDING.contains(governor)
        || governor.equals("après") && beforeGovernor.equals("d")
        || governor.equals("to") && beforeGovernor.equals("according")
        || LOCATIVE.contains(governor)
            && SPEECH.contains(beforeGovernor)
            && !triggerAt(triggers, tokens.get(p - 1))
            && tokens.get(p).start() - tokens.get(p - 1).end() == 1
            && !(p >= 2 && PASSIVE.contains(tokens.get(p - 2).lower()))
            && !(p >= 3 && PASSIVE.contains(tokens.get(p - 3).lower()))
            && !(p >= 2 && triggerCovers(triggers, tokens.get(p - 2)))) {
      // "a annoncé Moscou", "selon Paris", "laut Kiew", "повідомили в Києві", "said in Kyiv";
      // but "explosions reported in Kyiv" happened there
      return RoleDecision.context("speech");
    }
    for (int k = Math.max(0, first - 6); k < first; k++) {
      if (VENUE.contains(tokens.get(k).lower()) && !eventAround(triggers, tokens, k, first)) {
        return RoleDecision.context("venue");
      }
    }
    if (!hasTrigger(triggers, mention)) {
      return RoleDecision.context("no-event");
    }
    if (governor.equals("between") && place != null && place.kind() == PlaceKind.country) {
      return RoleDecision.context("between"); // "clashes on the border between Israel and Syria"
    }
    if ((governor.equals("on") || governor.equals("over"))
        && TOPIC_NOUNS.contains(beforeGovernor)) {
      return RoleDecision.context("topic"); // "a statement on Iraq", "his position on Kosovo"
    }
    if (governor.equals("to") && MARCH_VERBS.contains(beforeGovernor)) {
      return RoleDecision.event("march-to", false); // "protesters marched to the parliament in X"
    }
    if (LOCATIVE.contains(governor) && BACKGROUND.contains(beforeGovernor)) {
      return RoleDecision.context("background"); // "killed during the war in Syria"
    }
    if (LOCATIVE.contains(governor)
        && !nearTrigger(tokens, triggers, mention, MAX_TRIGGER_GAP)
        && !sameClauseTrigger(text, tokens, triggers, mention)) {
      return RoleDecision.context("far-from-event");
    }
    if (place != null
        && place.capital()
        && Set.of("на", "auf").contains(governor)
        && p == first - 1
        && p >= 1
        && !triggerCovers(triggers, tokens.get(p - 1))) {
      return RoleDecision.context("metonymy"); // "вплинути на Київ", "Druck auf Moskau"
    }
    if (LOCATIVE.contains(governor)) {
      boolean near =
          NEAR.contains(governor)
              || qualifiedNear
              || direction
              || frontAfter
              || (governor.equals("to") && beforeGovernor.equals("close"));
      return RoleDecision.event("locative", near);
    }
    if (governor.equals("of") && (DIRECTIONS.contains(beforeGovernor) || qualifiedNear)) {
      return RoleDecision.event("locative", true);
    }
    if (directionOf) {
      return RoleDecision.event("locative", true); // "south of Jalalabad"
    }
    if (TARGET_PREPOSITIONS.contains(governor)
        && (governor.equals("по")
            ? triggerBefore(triggers, tokens, p, 3)
            : attackBefore(triggers, tokens, p, 3))) {
      return RoleDecision.event("target", direction); // "удару по Харкову", "удар по Запорожью"
    }
    if (TARGET_VERBS.contains(governor)
        || (p >= 0 && triggerCovers(triggers, tokens.get(p)) && !commaAfter(text, tokens, p))) {
      return RoleDecision.event(
          "target", direction || qualifiedNear || frontAfter || nearOf(tokens, first));
    }
    if (germanObject(text, tokens, first, last, triggers)) {
      return RoleDecision.event("target", false); // "Die Armee hat Charkiw mit Drohnen angegriffen"
    }
    if (passiveSubject(tokens, last, triggers) && headOfSubject(text, tokens, first)) {
      return RoleDecision.event("subject", false); // "Kharkiv was shelled overnight"
    }
    if (last + 2 < tokens.size()
        && tokens.get(last + 1).lower().equals("s")
        && PLACE_PARTS.contains(tokens.get(last + 2).lower())) {
      return RoleDecision.event("possessive", true); // "Kharkiv's northern district was shelled"
    }
    if (last + 1 < tokens.size()
        && first >= 1
        && DETERMINERS.contains(tokens.get(first - 1).lower())) {
      Token after = tokens.get(last + 1);
      for (Trigger t : triggers) {
        if (t.start() == after.start()
            && after.start() - mention.end() <= 1
            && (place == null || place.kind() == PlaceKind.locality && !place.capital())) {
          return RoleDecision.event("modifier", false); // "the Avdiivka offensive"
        }
      }
    }
    // from the governor on: the walk has passed coordinated names ("потрапили А та Б")
    if (subjectAfterTrigger(text, tokens, t -> triggerAt(triggers, t), p + 1)) {
      return RoleDecision.event("subject-after", false); // "Під ударом були Нікополь"
    }
    if (place != null && (place.kind() == PlaceKind.country || place.capital())) {
      return RoleDecision.context("metonymy");
    }
    return RoleDecision.context("no-locative");
  }

  /**
   * Ukrainian and Russian put the subject after its verb: "Під ударом були Нікополь і Марганець",
   * "Під обстріл потрапили також Краснопілля", "Обстрілу зазнав Херсон" (the places came under
   * fire). A Cyrillic name is such a subject when an event word stands at most four words before it
   * in the same clause, with only lower-case words between that are no verbs of saying.
   */
  static boolean subjectAfterTrigger(
      String text, List<Token> tokens, java.util.function.Predicate<Token> isTrigger, int first) {
    if (first < 1
        || !Character.UnicodeBlock.of(tokens.get(first).text().charAt(0))
            .equals(Character.UnicodeBlock.CYRILLIC)) {
      return false;
    }
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      Token t = tokens.get(k);
      String gap = text.substring(t.end(), tokens.get(k + 1).start());
      if (gap.indexOf(',') >= 0
          || gap.indexOf(';') >= 0
          || gap.indexOf('.') >= 0
          || gap.indexOf(':') >= 0) {
        return false;
      }
      if (isTrigger.test(t)) {
        return true;
      }
      if (t.capitalised() && k > 0 || SPEECH.contains(t.lower())) {
        return false;
      }
    }
    return false;
  }

  /**
   * "the suburbs of X", "the outskirts of the city of X": a near-word heads the phrase of the
   * mention, so the site is near the place, not the place itself.
   */
  private static boolean nearOf(List<Token> tokens, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 6); k--) {
      String w = tokens.get(k).lower();
      if (NEAR.contains(w)) {
        return k + 1 < first && tokens.get(k + 1).lower().equals("of");
      }
      if (!SKIP.contains(w) && !w.equals("of") && !DIRECTIONS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Nouns whose locative phrase names where a whole war or an organisation is, not where the
   * reported act happened: "killed during the war in Syria", "al-Qaeda's branch in Yemen".
   */
  private static final Set<String> BACKGROUND =
      Set.of(
          "war",
          "wars",
          "conflict",
          "conflicts",
          "crisis",
          "uprising",
          "branch",
          "affiliate",
          "affiliates",
          "війни",
          "війні",
          "конфлікту",
          "войны",
          "войне",
          "конфликта",
          "krieg",
          "krieges",
          "konflikt",
          "konflikts",
          "guerre",
          "conflit");

  /** Counts before a place noun: "shelled two villages", "captured both towns". */
  private static final Set<String> COUNTS =
      Set.of(
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "dozens");

  /** Verbs of marching and advancing: "to X" after them is where the march or advance went. */
  private static final Set<String> MARCH_VERBS =
      Set.of(
          "marched",
          "marching",
          "march",
          "marches",
          "advanced",
          "advancing",
          "paraded",
          "spread",
          "spreading",
          "spreads");

  /** Nouns after which "on X" or "over X" is what something is about: "a statement on Iraq". */
  private static final Set<String> TOPIC_NOUNS =
      Set.of(
          "statement",
          "statements",
          "position",
          "stance",
          "policy",
          "resolution",
          "report",
          "debate",
          "talks",
          "vote",
          "decision",
          "sanctions",
          "views",
          "comments",
          "remarks",
          "dispute",
          "row",
          "deal",
          "agreement",
          "negotiations",
          "team",
          "consultations");

  /** Participles that make a place name the modifier of an actor: "U.S.-led", "Kyiv-based". */
  private static final Set<String> ATTRIBUTIVE_SUFFIXES =
      Set.of(
          "led",
          "backed",
          "based",
          "run",
          "controlled",
          "funded",
          "sponsored",
          "allied",
          "brokered",
          "made",
          "owned",
          "linked",
          "aligned",
          "supported",
          "installed",
          "trained",
          "armed");

  /**
   * Nouns that a country name modifies in front of them ("the US consulate", "a US military
   * vehicle", "French troops" written "France troops"): the country names whose they are, not where
   * anything happened.
   */
  private static final Set<String> ATTRIBUTIVE_NOUNS =
      Set.of(
          "military",
          "army",
          "troops",
          "forces",
          "force",
          "soldier",
          "soldiers",
          "embassy",
          "embassies",
          "consulate",
          "base",
          "bases",
          "official",
          "officials",
          "government",
          "navy",
          "marines",
          "marine",
          "warplanes",
          "warplane",
          "jets",
          "aircraft",
          "drone",
          "drones",
          "citizen",
          "citizens",
          "nationals",
          "department",
          "authorities",
          "administration",
          "arsenal",
          "commander",
          "commanders",
          "special",
          "diplomat",
          "diplomats",
          "envoy",
          "ambassador",
          "company",
          "firm",
          "vehicle",
          "vehicles",
          "convoy",
          "personnel",
          "contractor",
          "contractors",
          "coalition",
          "intelligence",
          "defence",
          "defense",
          "ministry",
          "minister",
          "president",
          "warship",
          "warships",
          "helicopter",
          "helicopters",
          "agents",
          "agent",
          "envoys",
          "delegation",
          "airstrike",
          "airstrikes",
          "raid",
          "raids",
          "bombing",
          "bombings",
          "invasion",
          "occupation",
          "withdrawal");

  /**
   * The mention modifies the noun after it: a hyphenated participle ("U.S.-led", "Kyiv-backed"; any
   * place), or, for a country, a noun of its institutions or forces with no punctuation between
   * ("the US consulate", "US soldiers").
   */
  private static boolean attributive(
      String text, List<Token> tokens, int last, RawMention mention, Candidate place) {
    int end = mention.end();
    if (end + 1 < text.length() && text.charAt(end) == '-' && last + 1 < tokens.size()) {
      Token next = tokens.get(last + 1);
      if (next.start() == end + 1 && ATTRIBUTIVE_SUFFIXES.contains(next.lower())) {
        return true;
      }
    }
    if (place == null || place.kind() != PlaceKind.country || last + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(last + 1);
    String gap = text.substring(end, next.start());
    return gap.equals(" ") && ATTRIBUTIVE_NOUNS.contains(next.lower());
  }

  /**
   * The end of an armed group's name that holds a place name: "the Islamic State of Iraq and
   * al-Sham", "the Islamic Emirate of Afghanistan", "the National Liberation Front of X".
   */
  private static final Pattern ORGANISATION_BEFORE =
      Pattern.compile(
          "(?i)(?:islamic state|islamic emirate|liberation front|liberation army|liberation movement)"
              + " (?:of|in) (?:iraq and )?(?:the )?$");

  /**
   * A capitalised organisation noun right before "of" ends an organisation's name: "the People's
   * Front of Donbas", "the National Union of Crimea", "the Army of Liberation".
   */
  private static final Pattern ORGANISATION_NOUN_BEFORE =
      Pattern.compile(
          "(?:Party|Union|Front|Movement|Army|Council|Brigades?|Committee|League|Alliance"
              + "|Federation|Mujahideen|Battalions?) (?:of|for) (?:the )?(?:\\p{Lu}\\p{L}+ )?$");

  private static boolean inOrganisationName(String text, RawMention mention) {
    int from = Math.max(0, mention.start() - 45);
    String before = text.substring(from, mention.start());
    return ORGANISATION_BEFORE.matcher(before).find()
        || ORGANISATION_NOUN_BEFORE.matcher(before).find();
  }

  /**
   * Words that open a noun phrase: a name between one of them and an event word modifies the event
   * noun ("the Avdiivka offensive"); without one the name is more likely the subject of an event
   * verb ("Omar seized two trucks", "Sumy captured the cup").
   */
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "this", "that", "its", "their", "his", "her");

  /** A capitalised word followed by a comma or "and": an item of a list of names. */
  private static boolean listItem(String text, List<Token> tokens, int p) {
    if (p + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(p + 1);
    return text.substring(tokens.get(p).end(), next.start()).contains(",")
        || COORDINATORS.contains(next.lower());
  }

  /** Words for the outskirts of a place: the event is near it ("обстріляв околиці Херсона"). */
  private static final Set<String> OUTSKIRTS =
      Set.of(
          "secteur", // front sectors: "le secteur de Pokrovsk", "im Abschnitt Pokrowsk"
          "axe",
          "abschnitt",
          "frontabschnitt",
          "outskirts",
          "suburbs",
          "suburb",
          "околиці",
          "околицях",
          "околицю",
          "передмістя",
          "окраины",
          "окраинах",
          "окраину",
          "окрестности",
          "окрестностях",
          "пригород",
          "пригороды",
          "stadtrand",
          "umgebung",
          "umland",
          "banlieue",
          "périphérie",
          "abords",
          "environs",
          "proximité",
          "nähe");

  /** Words before a name that attribute a statement to it: "selon Paris", "laut Kiew". */
  private static final Set<String> ACCORDING = Set.of("selon", "laut", "zufolge");

  /**
   * Ukrainian and Russian "по" after an attack word marks its target: "удару по Харкову", "удар по
   * Запорожью"; so do "against", "contre", "gegen", "проти", "против" after an attack ("une attaque
   * contre Kiev", "Angriffe gegen Charkiw").
   */
  private static final Set<String> TARGET_PREPOSITIONS =
      Set.of("по", "against", "contre", "gegen", "проти", "против");

  /**
   * Stems of evacuation and withdrawal words in Ukrainian, Russian, German and French: with one of
   * them in its clause, "from X" ("з", "із", "из", "aus", "von") is where the event happened.
   */
  private static final List<String> DEPARTURE_STEMS =
      List.of(
          "евак",
          "эвак",
          "evakuier",
          "évacu",
          "відступ",
          "отступ",
          "вивел",
          "вывел",
          "виведен",
          "выведен",
          "витісн",
          "вытесн",
          "вибил",
          "выбил",
          "zurückgezog",
          "vertrieb",
          "abgezog",
          "retiré",
          "retirée",
          "zogen",
          "zurück",
          "chassé",
          "repoussé");

  /**
   * True when an evacuation or withdrawal word lies in the mention's clause: up to three words
   * before the governing "from" word, or up to five after the mention, without crossing a comma.
   */
  private static boolean departureInClause(String text, List<Token> tokens, int p, int last) {
    for (int k = p - 1; k >= Math.max(0, p - 3) && !commaAfter(text, tokens, k); k--) {
      if (departure(tokens.get(k).lower())) {
        return true;
      }
    }
    for (int k = last + 1; k < Math.min(tokens.size(), last + 6); k++) {
      if (commaAfter(text, tokens, k - 1)) {
        return false;
      }
      if (departure(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean departure(String w) {
    for (String stem : DEPARTURE_STEMS) {
      if (w.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  /** True when a comma or semicolon follows token {@code k} (before the next token). */
  private static boolean commaAfter(String text, List<Token> tokens, int k) {
    if (k < 0 || k + 1 >= tokens.size()) {
      return false;
    }
    String gap = text.substring(tokens.get(k).end(), tokens.get(k + 1).start());
    return gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0;
  }

  /** True when a trigger starts within {@code gap} words before token {@code p}. */
  private static boolean triggerBefore(List<Trigger> triggers, List<Token> tokens, int p, int gap) {
    for (int k = p - 1; k >= Math.max(0, p - gap); k--) {
      if (triggerAt(triggers, tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when an attack word (a battle, explosion or violence trigger, no protest) starts within
   * {@code gap} words before token {@code p}: "une attaque massive contre Kiev", but not "protested
   * against Israel".
   */
  private static boolean attackBefore(List<Trigger> triggers, List<Token> tokens, int p, int gap) {
    for (int k = p - 1; k >= Math.max(0, p - gap); k--) {
      for (Trigger x : triggers) {
        if (x.start() == tokens.get(k).start()) {
          String type = x.eventType().type();
          return type.equals("battles")
              || type.equals("explosions_remote_violence")
              || type.equals("violence_against_civilians");
        }
      }
    }
    return false;
  }

  /**
   * Verbs after which "from X" names where the event happened, not an origin: a withdrawal, an
   * expulsion, a capture. Fire is not among them: "shells fired from X hit Y" happened at Y.
   */
  private static final Set<String> FROM_EVENT =
      Set.of(
          "withdrew",
          "withdrawing",
          "withdrawn",
          "withdraw",
          "withdrawal",
          "ousted",
          "expelled",
          "driven",
          "drove",
          "pushed",
          "retreated",
          "retreating",
          "retreat",
          "infiltrating",
          "infiltrated",
          "captured",
          "seized",
          "recaptured",
          "liberated",
          "evacuated",
          "fled",
          "fleeing",
          "flee",
          "escaped",
          "abducted",
          "kidnapped",
          "released",
          "rescued");

  /** Nouns for a part of a place: "Kharkiv's northern district", "Gaza's outskirts". */
  private static final Set<String> PLACE_PARTS =
      Set.of(
          "district",
          "districts",
          "outskirts",
          "suburbs",
          "suburb",
          "centre",
          "center",
          "streets",
          "airport",
          "port",
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "border",
          "frontline",
          "villages",
          "old",
          "city",
          "downtown",
          "neighbourhood",
          "neighborhood",
          "neighbourhoods",
          "neighborhoods");

  /**
   * Nouns of a front or an area after a town's name, a cue as strong as "in", and the event is near
   * the town, not in it: "the Kostiantynivka direction", "the Lyman sector", "the Pokrovsk area".
   */
  static final Set<String> FRONT_NOUNS_AFTER =
      Set.of(
          "direction",
          "directions",
          "axis",
          "sector",
          "front",
          "area",
          "salient",
          "bridgehead",
          "frontline",
          "outskirts");

  /** Words between a locative mention and the nearest event trigger, at most. */
  static final int MAX_TRIGGER_GAP = 15;

  /** True when a trigger lies within {@code gap} words of the mention. */
  private static boolean nearTrigger(
      List<Token> tokens, List<Trigger> triggers, RawMention m, int gap) {
    int first = firstToken(tokens, m.start());
    int last = lastToken(tokens, m.end());
    for (Trigger t : triggers) {
      if (t.end() <= m.start() || t.start() >= m.end()) {
        int ti = firstToken(tokens, t.start());
        int d = ti < first ? first - ti : ti - last;
        if (d <= gap) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A trigger before the mention, further than {@link #MAX_TRIGGER_GAP} words but within 25 and
   * with no comma, semicolon or other place between: one long clause ("was shot in the chest and
   * head Friday night after a swim at his house in X").
   */
  private static boolean sameClauseTrigger(
      String text, List<Token> tokens, List<Trigger> triggers, RawMention m) {
    int first = firstToken(tokens, m.start());
    for (Trigger t : triggers) {
      if (t.end() <= m.start()) {
        int ti = firstToken(tokens, t.start());
        if (first - ti <= 20) {
          String between = text.substring(t.end(), m.start());
          if (between.indexOf(',') < 0 && between.indexOf(';') < 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final Set<String> GERMAN_AUX =
      Set.of("hat", "haben", "hatte", "hatten", "wurde", "wurden", "ist", "sind", "wird", "werden");

  /**
   * German verb-final clauses: an auxiliary before the mention and the attack participle as the
   * clause's last word after it ("hat Charkiw mit Drohnen angegriffen").
   */
  private static boolean germanObject(
      String text, List<Token> tokens, int first, int last, List<Trigger> triggers) {
    if (tokens.isEmpty() || last + 1 >= tokens.size()) {
      return false;
    }
    int clauseEnd = last + 1;
    while (clauseEnd + 1 < tokens.size() && !commaAfter(text, tokens, clauseEnd)) {
      clauseEnd++;
    }
    Token end = tokens.get(clauseEnd);
    if (!triggerAt(triggers, end) || clauseEnd - last > 6) {
      return false;
    }
    for (int k = Math.max(0, first - 4); k < first; k++) {
      if (GERMAN_AUX.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** True when a trigger of one or more words covers token {@code t} ("car bomb"). */
  private static boolean triggerCovers(List<Trigger> triggers, Token t) {
    for (Trigger x : triggers) {
      if (x.start() <= t.start() && t.end() <= x.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean triggerAt(List<Trigger> triggers, Token t) {
    for (Trigger x : triggers) {
      if (x.start() == t.start()) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PASSIVE =
      Set.of(
          "was",
          "were",
          "is",
          "are",
          "has",
          "have",
          "had",
          "been",
          "being",
          "be",
          "still",
          "now",
          "reportedly",
          "allegedly",
          "came",
          "come",
          "got",
          "again",
          "repeatedly",
          "heavily",
          "also",
          "under",
          "wurde",
          "wurden",
          "wird",
          "worden",
          "ist",
          "sind",
          "erneut",
          "été",
          "a",
          "ont",
          "est",
          "sont",
          "de",
          "nouveau",
          "було",
          "був",
          "була",
          "були",
          "был",
          "была",
          "были",
          "было");

  /**
   * The mention is followed by a passive event verb: "Kharkiv was shelled", "X came under fire".
   */
  private static boolean passiveSubject(List<Token> tokens, int last, List<Trigger> triggers) {
    int k = last + 1;
    int aux = 0;
    boolean passive = false;
    while (k < tokens.size() && PASSIVE.contains(tokens.get(k).lower()) && aux < 4) {
      passive |= !ACTIVE_AUX.contains(tokens.get(k).lower());
      k++;
      aux++;
    }
    return passive
        && k < tokens.size()
        && triggerAt(triggers, tokens.get(k))
        && !tokens.get(k).lower().endsWith("ing"); // "are now patrolling the border": active
  }

  /**
   * Auxiliaries of the active perfect: "Israel has captured X", "Moscou a bombardé X" make the
   * mention the actor, not the place hit. With a form of "be" among them ("has been shelled", "a
   * été pilonnée") the clause is passive again. Adverbs and "de nouveau" neither make nor break it.
   */
  private static final Set<String> ACTIVE_AUX =
      Set.of(
          "has",
          "have",
          "had",
          "a",
          "ont",
          "again",
          "repeatedly",
          "heavily",
          "also",
          "de",
          "nouveau",
          "erneut",
          "still",
          "now",
          "reportedly",
          "allegedly");

  /**
   * The mention heads its noun phrase: it is not the complement of "of" ("part of Croatia, was
   * captured", "Anna K., 34, of Poland, was wounded": the subject is the part or the person; but
   * "the village of X was bombed" is X) nor the last word of a longer name ("Maria Petrenko was
   * captured", "Abu Karim al-Halabi was killed").
   */
  private static boolean headOfSubject(String text, List<Token> tokens, int first) {
    int k = first - 1;
    while (k >= 0
        && (ARTICLES.contains(tokens.get(k).lower())
            || DIRECTIONS.contains(tokens.get(k).lower()))) {
      k--;
    }
    if (k < 0) {
      return true;
    }
    Token before = tokens.get(k);
    if (before.lower().equals("of") || before.lower().equals("de")) {
      // "the village of Abadam was bombed", "la ville de Kherson": a place noun still heads it.
      String noun = tokens.get(k - 1 >= 0 ? k - 1 : 0).lower();
      return k >= 1
          && (UnlistedPlaceFinder.PLACE_NOUNS.contains(noun) || FOREIGN_PLACE_NOUNS.contains(noun));
    }
    String gap = text.substring(before.end(), tokens.get(first).start());
    if (k != first - 1 || !(gap.equals(" ") || gap.equals("-")) || placeNoun(before.lower())) {
      return true;
    }
    if (NAME_PARTICLES.contains(before.lower())) {
      // "Ahmed al-Kherson": a particle after a given name
      return k == 0 || !tokens.get(k - 1).capitalised();
    }
    return !before.capitalised()
        || k == 0; // "Maria Petrenko was captured"; a sentence's first word
  }

  private static boolean placeNoun(String w) {
    return SKIP.contains(w) || UnlistedPlaceFinder.PLACE_NOUNS.contains(w);
  }

  /** French place nouns before "de": "la ville de Kherson a été pilonnée". */
  private static final Set<String> FOREIGN_PLACE_NOUNS =
      Set.of("ville", "région", "village", "localité", "commune", "oblast");

  /** Particles inside Arabic personal names: "Yusuf al-Rashid", "Abu Karim al-Halabi". */
  private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "abu");

  /**
   * An event word shortly before a venue word or between it and the mention: the meeting or visit
   * is where the event happened ("murdered during a public meeting in X", "protested Putin's visit
   * in X", "returned fire in X"), not a venue of talks.
   */
  private static boolean eventAround(
      List<Trigger> triggers, List<Token> tokens, int venue, int first) {
    for (int k = Math.max(0, venue - 3); k < first; k++) {
      if (k != venue && triggerAt(triggers, tokens.get(k)) && !spokenOf(tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The event word at {@code k} is what someone spoke of, a speech verb one or two words before it:
   * "condemned the attacks during a visit to X", "verurteilte die Angriffe bei einem Besuch in X".
   */
  private static boolean spokenOf(List<Token> tokens, int k) {
    for (int j = Math.max(0, k - 2); j < k; j++) {
      if (SPEECH.contains(tokens.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Words that end the walk over a noun phrase before "of". */
  private static boolean stopsOf(String w) {
    return LOCATIVE.contains(w)
        || TARGET_VERBS.contains(w)
        || SPEECH.contains(w)
        || ORIGIN_NOUNS.contains(w)
        || w.equals("from")
        || w.equals("to");
  }

  private static boolean hasTrigger(List<Trigger> triggers, RawMention m) {
    for (Trigger t : triggers) {
      if (t.end() <= m.start() || t.start() >= m.end()) {
        return true;
      }
    }
    return false;
  }

  /** The mention is followed (over auxiliaries and office nouns) by a speech or stance verb. */
  /**
   * Words of an institution's name between a place and its verb of saying: "the Gaza health
   * ministry said", "the Kharkiv regional military administration reported".
   */
  private static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "health",
          "ministry",
          "regional",
          "city",
          "military",
          "civil",
          "civilian",
          "police",
          "administration",
          "council",
          "emergency",
          "emergencies",
          "service",
          "services",
          "office",
          "governor",
          "mayor",
          "prosecutor",
          "prosecutors",
          "interior",
          "defence",
          "defense",
          "army",
          "command",
          "media",
          "municipality",
          "hospital",
          "officials",
          "authorities");

  /**
   * The word right after the name is a verb of saying that is no event word and no passive ("… and
   * Washington urges talks", but not "an attack in India blamed on rebels").
   */
  private static boolean speaksNext(
      String text, List<Token> tokens, int last, List<Trigger> triggers) {
    if (last + 1 >= tokens.size()
        || !text.substring(tokens.get(last).end(), tokens.get(last + 1).start()).equals(" ")) {
      return false;
    }
    Token verb = tokens.get(last + 1);
    if (!SPEECH.contains(verb.lower()) || triggerCovers(triggers, verb)) {
      return false;
    }
    return !(last + 2 < tokens.size()
        && Set.of("on", "by", "as").contains(tokens.get(last + 2).lower()));
  }

  private static boolean speaker(List<Token> tokens, int last, List<Trigger> eventVerbs) {
    int k = last + 1;
    if (k < tokens.size()
        && tokens.get(k).start() - tokens.get(last).end() > 1
        && !tokens.get(k).lower().equals("s")) {
      return false; // punctuation between: "Afghanistan, accused of ..."
    }
    if (k < tokens.size() && tokens.get(k).lower().equals("s")) {
      // possessive: "Ukraine's foreign minister", "Beijing's position"
      return k + 1 < tokens.size() && OFFICE.contains(tokens.get(k + 1).lower());
    }
    int steps = 0;
    while (k < tokens.size() && steps < 4) {
      String w = tokens.get(k).lower();
      if (SPEECH.contains(w)) {
        // "students in Kharkiv protested": the verb is the event, the place where it happened
        return !triggerAt(eventVerbs, tokens.get(k));
      }
      if (AUX.contains(w)
          || w.equals("officials")
          || w.equals("authorities")
          || w.equals("government")
          || w.equals("not")
          || w.equals("never")
          || steps < 3 && INSTITUTION_WORDS.contains(w)) {
        k++;
        steps++;
        continue;
      }
      return false;
    }
    return false;
  }

  /**
   * A place opening its sentence as a label before a colon, in ordinary case, as Ukrainian and
   * Russian channels head their posts ("Запоріжжя: ворог атакував місто"); an upper-case one
   * ("КИЇВ:") is a dateline.
   */
  private static boolean topicLabel(String text, Sentence sentence, RawMention m) {
    if (m.start() - sentence.start() > 3 || m.end() >= text.length()) {
      return false;
    }
    String head = text.substring(sentence.start(), m.start()).strip();
    if (!head.isEmpty() && head.chars().anyMatch(Character::isLetterOrDigit)) {
      return false;
    }
    return text.charAt(m.end()) == ':'
        && !m.surface().equals(m.surface().toUpperCase(java.util.Locale.ROOT));
  }

  private static boolean dateline(String text, Sentence sentence, RawMention m) {
    if (!sentence.paragraphStart() || m.start() - sentence.start() > 3) {
      return false;
    }
    int tailEnd = Math.min(sentence.end(), m.end() + 60);
    return DATELINE_TAIL.matcher(text.substring(m.end(), tailEnd)).find();
  }

  private static final Set<String> UNITS =
      Set.of(
          "km",
          "kms",
          "kilometres",
          "kilometers",
          "kilometre",
          "kilometer",
          "miles",
          "mile",
          "mi",
          "км",
          "кілометрів",
          "километров",
          "kilomètres");
  private static final Set<String> DISTANCE_OF =
      Set.of("from", "of", "від", "от", "von", "de", "du");

  /**
   * The distance in km of a phrase like "500 km from", "30 miles north of" right before the mention
   * (at most six words back), or -1 when there is none.
   */
  private static double distanceBefore(List<Token> tokens, int first) {
    if (first < 1
        || !DISTANCE_OF.contains(tokens.get(first - 1).lower())
            && !(first >= 2
                && tokens.get(first - 1).lower().equals("the")
                && DISTANCE_OF.contains(tokens.get(first - 2).lower()))) {
      return -1;
    }
    for (int k = first - 2; k >= Math.max(1, first - 6); k--) {
      if (UNITS.contains(tokens.get(k).lower()) && tokens.get(k - 1).numeric()) {
        return parseDistance(tokens.get(k - 1).text(), tokens.get(k).lower());
      }
      if (tokens.get(k).numeric() && tokens.get(k).lower().matches("\\d+(km|mi)")) {
        return parseDistance(tokens.get(k).lower().replaceAll("[a-z]+", ""), tokens.get(k).lower());
      }
    }
    return -1;
  }

  private static double parseDistance(String number, String unit) {
    double v;
    try {
      v = Double.parseDouble(number.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.MAX_VALUE;
    }
    String u = unit.toLowerCase(Locale.ROOT);
    return u.startsWith("mi") ? v * 1.609 : v;
  }

  private static RawMention mentionEndingAt(List<RawMention> mentions, int end) {
    for (RawMention m : mentions) {
      if (m.end() == end) {
        return m;
      }
    }
    return null;
  }

  /** The index of the first token ending after {@code start} (binary search). */
  static int firstToken(List<Token> tokens, int start) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() > start) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The index of the last token starting before {@code end} (binary search), or -1. */
  static int lastToken(List<Token> tokens, int end) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < end) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }
}
