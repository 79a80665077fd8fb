package org.conflictmap.geoparse;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictmap.geoparse.event.ActorNormaliser;
import org.conflictmap.geoparse.event.EventType;
import org.conflictmap.geoparse.event.EventTypeLexicon;
import org.conflictmap.geoparse.event.Trigger;
import org.conflictmap.geoparse.lex.Demonyms;
import org.conflictmap.geoparse.text.Sentence;
import org.conflictmap.geoparse.text.SentenceSplitter;
import org.conflictmap.geoparse.text.Token;
import org.conflictmap.geoparse.text.Tokenizer;
import org.conflictmap.geoparse.time.DateResolver;
import org.conflictmap.geoparse.time.ResolvedDate;
import org.conflictmap.store.Event.Evidence;
import org.conflictmap.store.Event.PlaceKind;

/**
 * From report text to place mentions and located, dated, typed events.
 *
 * <p>The pipeline: {@link SentenceSplitter} -> {@link MentionFinder} (names and adjectives) and
 * {@link UnlistedPlaceFinder} (names the gazetteer does not list) -> {@link Resolver} (one place
 * per listed mention, for the whole report) -> {@link RoleClassifier} (event site or context, per
 * sentence) -> {@link Containers} and the qualifier rules below -> events.
 *
 * <p><b>Qualifier rules.</b> In one sentence, an event mention of a region that holds a more
 * precise event mention (a locality inside it) only qualifies that site ("Pokrovsk, Donetsk
 * region") and becomes context; so does a country event mention when the sentence names any more
 * precise event site ("in Kharkiv, Ukraine"; "strikes on Kursk and across Russia": the sites are
 * the precise ones). Areas coordinated in one list ("in the Donetsk and Luhansk regions", "in
 * Ukraine and Kursk Oblast") qualify none of each other. An unlisted event site counts as more
 * precise than any region or country of its sentence. The place that holds an unlisted site in its
 * own phrase ({@link Containers}: "the village of X in Y", "Y's X district") becomes context too,
 * and so does the reference point of a distance ("shot in X, 20 km south of Y") when the sentence
 * has another event site, and a place named right after a site only to locate it ("in Kurakhove,
 * west of Donetsk", "X near the city of Y", "X bei Y", "X, près de Y", "X біля Y"), which also
 * holds X when X is unlisted; likewise the place right after a site that holds it ("a depot in X in
 * Y", "the X village in rural Y", "X, inside Y"), unless the site was itself only a reference point
 * ("west of Donetsk in Kurakhove") or is a region or country and the holder a town. A city named
 * before a part of it ("Kharkiv's northern district of X"; "the Kyiv suburb of X" when the city is
 * the larger place) is context too.
 *
 * <p><b>Unlisted sites.</b> A mention of a place the gazetteer does not list is printed only when
 * it is an event site, without resolution (see {@link Mention}). It makes an event only when a
 * resolved place of its sentence holds it: first the holder its phrase names ({@link Containers}),
 * else a region or country event mention of the sentence that the first qualifier rule demoted,
 * else the reference point of a distance. The event is drawn at that holder with geo-precision 2
 * ("part of a region", "near a locality"; 3 when the holder is a country), never at a guessed
 * point; with no holder there is no event, since a dot we cannot justify does more harm than a
 * missing one. A listed name the sentence places elsewhere is treated the same way: a site resolved
 * outside the region named right after it ("Дачное в Днепропетровской области", the gazetteer's
 * Dachnoye being in Crimea), or a village under 20,000 people resolved outside the district or
 * region named right before it ("у Херсонському районі, поблизу села Садове"), is a namesake the
 * gazetteer lacks and is drawn within that holder. Waters ("the Black Sea", "the Dnipro River") lie
 * in no region: they neither demote a region nor are drawn in one. The items of a list share the
 * locative role of the first ("in Kharkiv, Poltava, …, and Chernihiv").
 *
 * <p><b>Abstention.</b> A mention whose resolution confidence is below {@link #MIN_CONFIDENCE} is
 * left out (it still helps resolve the others).
 *
 * <p><b>Events.</b> One per distinct event site and date per report. The date is the sentence's own
 * ({@link DateResolver}), else the published date; a sentence that only goes on listing the last
 * one's places ("Зокрема, по Оріхову та Гуляйполю", "Notamment …") takes that sentence's event word
 * and date. The type is that of the heaviest trigger in the site's clause (between commas,
 * semicolons and dashes), else the sentence's heaviest trigger ({@link EventTypeLexicon}); actors
 * are those the sentence names ({@link ActorNormaliser}), merged over the sentences reporting the
 * same event; the evidence is the first such sentence. Geo-precision: 1 a locality, 2 near a
 * locality, a town's district ("у Покровському районі") or part of a region ("eastern Donetsk
 * region"), 3 a whole region or country.
 *
 * <p>Immutable and thread-safe: one instance serves every request. Run with {@code
 * -Dgeoparse.trace} to print, on standard error, the role rule that decided each mention.
 */
public final class Geoparser {
  /**
   * Mentions resolved with less confidence are left out, with their events: when two or more places
   * fit a name about equally well, a wrong dot on the map does more harm than a missing one.
   */
  public static final double MIN_CONFIDENCE = 0.45;

  /** Prints the deciding role rule of each mention to standard error (for tuning rules). */
  private static final boolean TRACE = System.getProperty("geoparse.trace") != null;

  private final MentionFinder finder;
  private final UnlistedPlaceFinder unlisted;
  private final Resolver resolver = new Resolver();
  private final RoleClassifier roles = new RoleClassifier();
  private final EventTypeLexicon lexicon;
  private final ActorNormaliser actors;

  /** A geoparser over {@code lookup} with the project's lexicons. */
  public Geoparser(PlaceLookup lookup) {
    this(lookup, Demonyms.standard(), EventTypeLexicon.standard());
  }

  /** A geoparser over the project's gazetteer. */
  public static Geoparser over(org.conflictmap.gazetteer.Gazetteer gazetteer) {
    return new Geoparser(new GazetteerLookup(gazetteer));
  }

  public Geoparser(PlaceLookup lookup, Demonyms demonyms, EventTypeLexicon lexicon) {
    Objects.requireNonNull(lookup, "lookup");
    WorldNames world = lookup instanceof WorldNames w ? w : new WorldNames(lookup);
    this.finder = new MentionFinder(world, demonyms, lexicon);
    this.unlisted = new UnlistedPlaceFinder(demonyms);
    this.lexicon = lexicon;
    this.actors = new ActorNormaliser(demonyms);
  }

  /**
   * Geoparses one report.
   *
   * @param text the report text; offsets in the result index into it
   * @param published the report's publication date (relative dates resolve against it); {@code
   *     null} for today (UTC)
   * @param lang ISO 639-1 language hint, or {@code null}; the rules of every supported language
   *     (en, uk, ru, de, fr) apply whatever it says
   */
  public GeoparseResult parse(String text, LocalDate published, String lang) {
    Objects.requireNonNull(text, "text");
    LocalDate day = published != null ? published : LocalDate.now(ZoneOffset.UTC);
    List<Sentence> sentences = SentenceSplitter.split(text);
    List<List<Token>> tokens = new ArrayList<>(sentences.size());
    List<RawMention> raw = new ArrayList<>();
    Set<String> persons = new HashSet<>();
    Set<String> places = new HashSet<>();
    List<List<RawMention>> bySentence = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      List<Token> t = Tokenizer.tokens(text, s.start(), s.end());
      tokens.add(t);
      List<RawMention> found = finder.find(text, s, t, persons, places);
      raw.addAll(found);
      List<RawMention> extra = unlisted.find(text, t, found, persons, s.index());
      if (extra.isEmpty()) {
        bySentence.add(found);
      } else {
        List<RawMention> all = new ArrayList<>(found);
        all.addAll(extra);
        all.sort((x, y) -> Integer.compare(x.start(), y.start()));
        bySentence.add(all);
      }
    }
    List<ResolvedMention> resolved = resolver.resolve(raw, text);
    Map<RawMention, ResolvedMention> byRaw = new LinkedHashMap<>();
    for (ResolvedMention r : resolved) {
      byRaw.put(r.raw(), r);
    }

    List<Mention> mentions = new ArrayList<>();
    Map<String, Draft> events = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      List<RawMention> inSentence = bySentence.get(s.index());
      if (inSentence.isEmpty()) {
        continue;
      }
      List<Token> t = tokens.get(s.index());
      List<Trigger> triggers = new ArrayList<>(lexicon.triggers(t));
      if (triggers.isEmpty() && !t.isEmpty() && continuation(s) && s.index() > 0) {
        // "… завдали 412 ударів по 15 населених пунктах. Зокрема, по Оріхову, Гуляйполю": the
        // sentence goes on with the last one's event, which stands on its first word
        strongest(lexicon.triggers(tokens.get(s.index() - 1)))
            .ifPresent(
                p -> triggers.add(new Trigger(t.get(0).start(), t.get(0).end(), p.eventType(), 1)));
      }
      List<RoleDecision> decisions = new ArrayList<>();
      for (RawMention m : inSentence) {
        Candidate place = m.placed() ? byRaw.get(m).place() : null;
        decisions.add(roles.classify(text, s, t, triggers, m, place, inSentence));
      }
      sameRoleInLists(text, inSentence, decisions);
      int[] containers = Containers.of(text, t, inSentence, decisions, byRaw);
      qualify(text, inSentence, decisions, byRaw, containers);
      Optional<EventType> type = Optional.empty();
      List<String> sentenceActors = null;
      ResolvedDate date = null;
      for (int k = 0; k < inSentence.size(); k++) {
        RawMention m = inSentence.get(k);
        RoleDecision d = decisions.get(k);
        ResolvedMention r;
        boolean within = false;
        if (m.placed()
            && m.kindHint() == null
            && marine(m)
            && !WorldNames.area(byRaw.get(m).place())) {
          // "the Red Sea" is the sea, not Egypt's or Sudan's Red Sea region: a site with no dot
          if (d.role() == Role.event) {
            mentions.add(Mention.unresolved(m.surface(), m.start(), m.end()));
          }
          continue;
        }
        if (m.placed()) {
          r = byRaw.get(m);
          int holder = foreignRegionAfter(text, inSentence, k, byRaw);
          if (holder < 0) {
            holder = foreignHolderBefore(text, inSentence, k, byRaw);
          }
          if (holder >= 0 && d.role() == Role.event) {
            // "Дачное в Днепропетровской области" resolved to a Dachnoye elsewhere: the gazetteer
            // lacks this one, so it is drawn in the region the sentence puts it in
            mentions.add(Mention.unresolved(m.surface(), m.start(), m.end()));
            r = byRaw.get(inSentence.get(holder));
            within = true;
          }
        } else {
          if (d.role() != Role.event) {
            if (TRACE) {
              System.err.println("TRACEU\t" + m.start() + "\t" + m.surface() + "\t" + d.reason());
            }
            continue; // an unlisted name that is not an event site says nothing for the map
          }
          mentions.add(Mention.unresolved(m.surface(), m.start(), m.end()));
          if (TRACE) {
            System.err.println("TRACE\t" + m.start() + "\t" + m.surface() + "\t" + d.reason());
          }
          if (containers[k] < 0) {
            continue; // no place of the sentence holds it: no honest dot to draw
          }
          r = byRaw.get(inSentence.get(containers[k]));
          within = true;
        }
        Candidate c = r.place();
        if (r.confidence() < MIN_CONFIDENCE) {
          continue; // too unsure of the place to put it on the map
        }
        if (!within) {
          mentions.add(
              new Mention(
                  m.surface(),
                  m.start(),
                  m.end(),
                  m.form(),
                  c.kind(),
                  c.name(),
                  c.country(),
                  c.admin1(),
                  c.geonameId(),
                  round(c.lat()),
                  round(c.lon()),
                  d.role(),
                  round2(r.confidence())));
          if (TRACE) {
            System.err.println("TRACE\t" + m.start() + "\t" + m.surface() + "\t" + d.reason());
          }
        }
        if (d.role() != Role.event) {
          continue;
        }
        if (type.isEmpty()) {
          type = strongest(triggers).map(Trigger::eventType);
          sentenceActors = actors.actors(t, text);
          Sentence previous = s.index() > 0 ? sentences.get(s.index() - 1) : null;
          date =
              DateResolver.find(withoutDateline(s), day, lang)
                  .or(
                      () ->
                          continuation(s) && previous != null
                              ? DateResolver.find(withoutDateline(previous), day, lang)
                              : Optional.empty())
                  .orElseGet(() -> ResolvedDate.published(day));
        }
        if (type.isEmpty()) {
          continue;
        }
        int precision =
            switch (c.kind()) {
              case locality -> d.near() || within || district(m) ? 2 : 1;
              case admin1 -> d.near() || within ? 2 : 3;
              case country -> 3;
            };
        String key = c.key() + "|" + date.date() + "|" + date.precision();
        Draft draft = events.get(key);
        if (draft == null) {
          events.put(
              key,
              new Draft(
                  c,
                  date,
                  clauseType(text, s, triggers, m).orElse(type.get()),
                  precision,
                  s,
                  r.confidence() * certainty(d),
                  new LinkedHashSet<>(sentenceActors)));
        } else {
          draft.actors.addAll(sentenceActors);
          draft.geoPrecision = Math.min(draft.geoPrecision, precision);
        }
      }
    }
    List<GeoparseEvent> out = new ArrayList<>();
    for (Draft d : events.values()) {
      out.add(
          new GeoparseEvent(
              d.date.date(),
              d.date.precision(),
              d.type.type(),
              d.type.subType(),
              EventPlace.of(d.place),
              d.geoPrecision,
              new ArrayList<>(d.actors),
              new Evidence(d.sentence.start(), d.sentence.end(), d.sentence.text()),
              d.place.geonameId(),
              round2(d.confidence)));
    }
    return new GeoparseResult(mentions, out);
  }

  /**
   * The items of one list of names share their phrase: when one is an event site by its locative
   * and a later one was judged too far from the event word ("damaged plants in Kharkiv, Poltava and
   * Chernihiv"), the later one is an event site too.
   */
  private static void sameRoleInLists(
      String text, List<RawMention> mentions, List<RoleDecision> decisions) {
    int[] group = coordinated(text, mentions);
    for (int b = 0; b < mentions.size(); b++) {
      if (group[b] < 0 || !decisions.get(b).reason().equals("far-from-event")) {
        continue;
      }
      for (int a = group[b]; a < b; a++) {
        RoleDecision d = decisions.get(a);
        if (group[a] == group[b] && d.role() == Role.event && d.reason().equals("locative")) {
          decisions.set(b, d);
          break;
        }
      }
    }
  }

  /** The qualifier rule of the class comment. */
  private static void qualify(
      String text,
      List<RawMention> mentions,
      List<RoleDecision> decisions,
      Map<RawMention, ResolvedMention> byRaw,
      int[] containers) {
    Set<Integer> demote = new HashSet<>();
    for (int b = 0; b < mentions.size(); b++) {
      if (containers[b] >= 0
          && decisions.get(b).role() == Role.event
          && decisions.get(containers[b]).role() == Role.event) {
        demote.add(containers[b]); // "the village of X in Y": Y only says where X is
      }
    }
    for (int a = 0; a < mentions.size(); a++) {
      if (!decisions.get(a).reason().equals("distance-near") || !mentions.get(a).placed()) {
        continue;
      }
      // "shot in X, 20 km south of Y": Y is the reference point of the site X.
      for (int b = 0; b < mentions.size(); b++) {
        RoleDecision d = decisions.get(b);
        if (b != a && d.role() == Role.event && !d.reason().equals("distance-near")) {
          demote.add(a);
          if (!mentions.get(b).placed() && containers[b] < 0) {
            containers[b] = a;
          }
        }
      }
    }
    for (int b = 0; b + 1 < mentions.size(); b++) {
      int a = b + 1;
      if (decisions.get(b).role() == Role.event
          && decisions.get(a).role() == Role.event
          && mentions.get(a).placed()
          && referenceLink(text, mentions.get(b).end(), mentions.get(a).start())) {
        // "in Kurakhove, west of Donetsk", "the village of X, near Y": Y only locates the site X.
        demote.add(a);
        if (!mentions.get(b).placed() && containers[b] < 0) {
          containers[b] = a;
        }
      }
    }
    for (int b = 0; b + 1 < mentions.size(); b++) {
      int a = b + 1;
      if (decisions.get(b).role() != Role.event
          || decisions.get(a).role() != Role.event
          || !holderLink(text, mentions.get(b).end(), mentions.get(a).start())) {
        continue;
      }
      RawMention site = mentions.get(b);
      RawMention holder = mentions.get(a);
      if (directionOfBefore(text, site.start())) {
        continue; // "west of Donetsk in Kurakhove": Donetsk is a reference point, Kurakhove the
        // site
      }
      if (site.placed()
          && holder.placed()
          && byRaw.get(site).place().kind() != PlaceKind.locality
          && byRaw.get(holder).place().kind() == PlaceKind.locality) {
        continue; // "west of Donetsk in Kurakhove": the second is no holder of the first
      }
      // "the village of Zelene in Toretsk area", "Pokrovsk district of Donetsk Oblast": the holder
      // only
      // says where the site is.
      demote.add(a);
      if (!site.placed() && holder.placed() && containers[b] < 0) {
        containers[b] = a;
      }
    }
    for (int b = 0; b + 1 < mentions.size(); b++) {
      int a = b + 1;
      RawMention city = mentions.get(b);
      RawMention part = mentions.get(a);
      if (decisions.get(b).role() != Role.event
          || decisions.get(a).role() != Role.event
          || !city.placed()
          || byRaw.get(city).place().kind() != PlaceKind.locality) {
        continue;
      }
      String gap = text.substring(city.end(), Math.max(city.end(), part.start()));
      if (gap.length() > 50 || !CITY_PART.matcher(gap).matches()) {
        continue;
      }
      boolean possessive = gap.startsWith("'") || gap.startsWith("’");
      if (!part.placed()) {
        if (possessive) {
          demote.add(b); // "Baghdad's northern neighbourhood of X"
          if (containers[a] < 0) {
            containers[a] = b;
          }
        }
        continue;
      }
      Candidate c = byRaw.get(city).place();
      Candidate p = byRaw.get(part).place();
      if (p.kind() == PlaceKind.locality && (possessive || c.population() > p.population())) {
        demote.add(b); // "Kharkiv's northern district of Saltivka", "the Kyiv suburb of X"
      }
    }
    for (int b = 0; b + 1 < mentions.size(); b++) {
      RawMention region = mentions.get(b);
      RawMention town = mentions.get(b + 1);
      String gap = text.substring(region.end(), Math.max(region.end(), town.start()));
      if (region.placed()
          && town.placed()
          && decisions.get(b).role() == Role.event
          && decisions.get(b + 1).role() == Role.event
          && byRaw.get(region).place().kind() != PlaceKind.locality
          && byRaw.get(town).place().kind() == PlaceKind.locality
          && POSSESSIVE_GAP.matcher(gap).matches()) {
        demote.add(b); // "Crimea's Sevastopol", "Ukraine's Kharkiv": the first only locates
      }
    }
    int[] group = coordinated(text, mentions);
    for (int a = 0; a < mentions.size(); a++) {
      if (decisions.get(a).role() != Role.event || !mentions.get(a).placed()) {
        continue;
      }
      Candidate outer = byRaw.get(mentions.get(a)).place();
      if (outer.kind() == PlaceKind.locality) {
        continue;
      }
      for (int b = 0; b < mentions.size(); b++) {
        if (b == a || decisions.get(b).role() != Role.event) {
          continue;
        }
        if (group[a] >= 0
            && group[a] == group[b]
            && mentions.get(b).placed()
            && byRaw.get(mentions.get(b)).place().kind() != PlaceKind.locality) {
          continue; // "in the Donetsk and Luhansk regions": areas of one list qualify none of them
        }
        if (!mentions.get(b).placed() && marine(mentions.get(b))) {
          continue; // "over Bryansk region and over the Black Sea": no sea lies in a region
        }
        if (!mentions.get(b).placed()) {
          // A named site the gazetteer does not list is more precise than a region or country of
          // its sentence, which then holds it unless its own phrase names a holder.
          demote.add(a);
          for (int u = 0; u < mentions.size(); u++) {
            if (!mentions.get(u).placed()
                && decisions.get(u).role() == Role.event
                && (containers[u] < 0
                    || outer.kind() == PlaceKind.admin1
                        && byRaw.get(mentions.get(containers[u])).place().kind()
                            == PlaceKind.country)) {
              containers[u] = a;
            }
          }
          break;
        }
        Candidate inner = byRaw.get(mentions.get(b)).place();
        boolean inside =
            outer.kind() == PlaceKind.admin1
                ? inner.kind() == PlaceKind.locality
                    && Objects.equals(outer.admin1(), inner.admin1())
                : inner.kind() != PlaceKind.country;
        if (inside) {
          demote.add(a);
          break;
        }
      }
    }
    for (int a : demote) {
      decisions.set(a, RoleDecision.context("qualifier"));
    }
  }

  /**
   * Names of seas, rivers and other waters: "the Black Sea", "Азовське море", "golfe d'Aden", "the
   * Dnipro River". They lie in no region: an unlisted one may be an event site ("ships patrolled
   * the Black Sea") but neither demotes a region of its sentence nor is drawn inside one.
   */
  private static final Pattern MARINE =
      Pattern.compile(
          "(?iu)(?:^|.*\\s)(?:sea|ocean|gulf|strait|straits|channel|river|море|моря|морі|морем"
              + "|океан\\p{L}*|річк\\p{L}*|рік\\p{L}*|рек\\p{L}*|meer|meeres|mer|golfe|détroit"
              + "|fluss|flusses|fleuve|rivière)(?:\\s.*|$)");

  private static boolean marine(RawMention m) {
    return MARINE.matcher(m.surface()).matches();
  }

  /**
   * Lists of names: for every mention the index of the first mention of its list, or -1. A list is
   * a run of names separated by commas or a coordinator ("X and Y", "X, Y or Z", "X та Y") with at
   * least one coordinator, so that an apposition ("Mosul, Iraq") is no list.
   */
  static int[] coordinated(String text, List<RawMention> mentions) {
    int[] group = new int[mentions.size()];
    Arrays.fill(group, -1);
    int start = 0;
    boolean coordinator = false;
    for (int k = 1; k <= mentions.size(); k++) {
      int link =
          k < mentions.size()
              ? listLink(text, mentions.get(k - 1).end(), mentions.get(k).start())
              : 0;
      if (link == 2) {
        coordinator = true;
      }
      if (link == 0) {
        if (coordinator && k - 1 > start) {
          for (int j = start; j < k; j++) {
            group[j] = start;
          }
        }
        start = k;
        coordinator = false;
      }
    }
    return group;
  }

  /**
   * The words between a site and a place that only locates it: "X, south of Y", "X near the city of
   * Y", "X, nördlich von Y", "X, près de Y", "X, неподалік від Y".
   */
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?:(?:\\p{L}+\\s+)?(?:town|village|city|area|district|camp|base|airbase|airfield"
              + "|checkpoint|hospital|market|station|plant|depot|refinery|port|crossing|bridge"
              + "|dam|school|mosque)\\s*)?[,(]?\\s*"
              + "(?:(?:which is|located|situated|just|also|about|some|not far)\\s+)*"
              + "(?:near|outside|close to|not far from|(?:north|south|east|west)(?:-?(?:east|west))?"
              + "\\s+of|(?:nördlich|südlich|östlich|westlich)\\s+von|bei|nahe|unweit von|unweit"
              + "|près de|non loin de|au (?:nord|sud)(?:-(?:est|ouest))? de|à l'(?:est|ouest) de"
              + "|біля|поблизу|неподалік від|неподалік|поруч із|північніше|південніше|східніше"
              + "|західніше|около|возле|вблизи|недалеко от|рядом с|севернее|южнее|восточнее"
              + "|западнее)\\s+(?:the\\s+)?(?:(?:provincial\\s+|regional\\s+)?(?:capital|city|town"
              + "|village)\\s+(?:of\\s+)?)?");

  /**
   * The words between a site and the place that holds it: "X in Y", "X village in rural Y", "X, in
   * northern Y", "X inside Y", "X in der Region Y", "X у Y". Not "of": "the Baghdad neighbourhood
   * of X" names the holder first.
   */
  private static final Pattern HOLDER =
      Pattern.compile(
          "(?:(?:village|villages|town|towns|city|district|districts|area|areas|camp|refugee camp"
              + "|neighbou?rhood|settlement|province|region|governorate|suburb|county|lgas?"
              + "|local government area|state|valley|sectors?|municipality|provinces|regions"
              + "|camps|neighbou?rhoods|settlements|communities|division|lga)"
              + "(?:\\s*,?\\s+(?:also\\s+)?(?:in|inside)\\s+|\\s*,\\s*)"
              + "|,?\\s*(?:in|inside|im|dans|в|у)\\s+"
              + "|,\\s*(?:a|an|the)\\s+(?:\\p{L}+\\s+)?(?:suburb|district|neighbou?rhood|village|town"
              + "|city|quarter|part)\\s+(?:of|in)\\s+)(?:(?:the|der|dem|la|le)\\s+)?"
              + "(?:(?:rural|northern|southern"
              + "|eastern|western|central|north|south|east|west|northeastern|northwestern"
              + "|southeastern|southwestern)\\s+)?(?:(?:countryside|outskirts|suburbs|environs)"
              + "\\s+of\\s+(?:the\\s+)?)?");

  /**
   * Between a city and a part of it: "Kharkiv's northern neighbourhood of X", "the Kyiv suburb of
   * X", "the Odesa district of X".
   */
  private static final Pattern CITY_PART =
      Pattern.compile(
          "(?i)(?:['’]s)?\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:neighbou?rhoods?|suburbs?"
              + "|quarter|borough|township|districts?)\\s+of\\s+(?:the\\s+)?");

  /** Openings of a sentence that goes on listing the last one's places: "Зокрема, по X, Y". */
  private static final Pattern CONTINUATION =
      Pattern.compile(
          "(?iu)^\\s*(?:зокрема|у тому числі|в тому числі|серед них|в частности|в том числе"
              + "|среди них|insbesondere|darunter|notamment|dont|among them|including)\\b.*",
          Pattern.DOTALL);

  private static boolean continuation(Sentence s) {
    return !s.paragraphStart() && CONTINUATION.matcher(s.text()).matches();
  }

  /** A possessive between a region and a town: "Crimea's Sevastopol", "Donetsk region's X". */
  private static final Pattern POSSESSIVE_GAP =
      Pattern.compile(
          "['’]s\\s+(?:(?:northern|southern|eastern|western|central|port|city of)\\s+)?");

  private static final Pattern DIRECTION_OF_BEFORE =
      Pattern.compile("(?:north|south|east|west)(?:-?(?:east|west))?\\s+of\\s+(?:the\\s+)?$");

  private static boolean directionOfBefore(String text, int start) {
    String before = text.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT);
    return DIRECTION_OF_BEFORE.matcher(before).find();
  }

  private static boolean holderLink(String text, int from, int to) {
    if (to <= from || to - from > 40) {
      return false;
    }
    return HOLDER.matcher(text.substring(from, to).trim().toLowerCase(Locale.ROOT) + " ").matches();
  }

  private static boolean referenceLink(String text, int from, int to) {
    if (to <= from || to - from > 40) {
      return false;
    }
    String gap = text.substring(from, to).trim().toLowerCase(Locale.ROOT).replace('’', '\'');
    if (gap.endsWith("d'")) {
      gap = gap.substring(0, gap.length() - 2) + "de"; // "près d'Avdiivka"
    }
    return REFERENCE.matcher(gap + " ").matches();
  }

  /** 0 when the text between two names is no list link, 1 for a comma, 2 for a coordinator. */
  private static int listLink(String text, int from, int to) {
    if (to < from || to - from > 12) {
      return 0;
    }
    String gap = text.substring(from, to).trim().toLowerCase(Locale.ROOT);
    if (gap.equals(",")) {
      return 1;
    }
    if (gap.startsWith(",")) {
      gap = gap.substring(1).trim();
    }
    if (gap.endsWith(" the")) {
      gap = gap.substring(0, gap.length() - 4).trim();
    }
    return RoleClassifier.COORDINATORS.contains(gap) ? 2 : 0;
  }

  /**
   * The type of the heaviest event word in the mention's clause (the stretch of its sentence
   * between commas, semicolons and dashes), when that clause has one: "operations in Kursk region,
   * while Pyongyang sends shells" is a battle at Kursk, not shelling.
   */
  private static Optional<EventType> clauseType(
      String text, Sentence s, List<Trigger> triggers, RawMention m) {
    int from = m.start();
    while (from > s.start() && ",;—–".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = m.end();
    while (to < s.end() && ",;—–".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    List<Trigger> inClause = new ArrayList<>();
    for (Trigger t : triggers) {
      if (t.start() >= from && t.end() <= to) {
        inClause.add(t);
      }
    }
    return strongest(inClause).map(Trigger::eventType);
  }

  private static Optional<Trigger> strongest(List<Trigger> triggers) {
    Trigger best = null;
    for (Trigger t : triggers) {
      if (best == null || t.weight() > best.weight()) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  private static double certainty(RoleDecision d) {
    return switch (d.reason()) {
      case "locative" -> 0.9;
      case "target", "distance-near" -> 0.8;
      default -> 0.7;
    };
  }

  /**
   * Words between a site and the region named to locate it: "X в Y области", "X, dans la région de
   * Y".
   */
  private static final Set<String> REGION_LINKS =
      Set.of(
          "в",
          "у",
          "на",
          "in",
          "im",
          "the",
          "of",
          "dans",
          "la",
          "de",
          "du",
          "région",
          "region",
          "gebiet",
          "oblast",
          "province",
          "near",
          "bei",
          "près",
          "біля",
          "возле");

  /**
   * The index of the region mention right after mention {@code k} that names where the site is,
   * when the site was resolved to a place outside that region; -1 otherwise. Such a site is a
   * namesake the gazetteer lacks in that region.
   */
  private static int foreignRegionAfter(
      String text, List<RawMention> ms, int k, Map<RawMention, ResolvedMention> byRaw) {
    if (k + 1 >= ms.size() || !ms.get(k + 1).placed()) {
      return -1;
    }
    Candidate site = byRaw.get(ms.get(k)).place();
    Candidate region = byRaw.get(ms.get(k + 1)).place();
    if (site.kind() != PlaceKind.locality
        || region.kind() != PlaceKind.admin1
        || region.admin1() == null
        || region.admin1().equals(site.admin1())) {
      return -1;
    }
    return linkedBy(text.substring(ms.get(k).end(), ms.get(k + 1).start()), REGION_LINKS)
        ? k + 1
        : -1;
  }

  /** Words between a district or region and the village named next to it: ", поблизу села X". */
  private static final Set<String> HOLDER_BEFORE_LINKS =
      Set.of(
          "поблизу",
          "біля",
          "неподалік",
          "возле",
          "около",
          "вблизи",
          "near",
          "bei",
          "nahe",
          "près",
          "de",
          "du",
          "села",
          "селища",
          "селі",
          "селищі",
          "село",
          "поселка",
          "поселке",
          "деревни",
          "village",
          "of",
          "the",
          "dorf",
          "in",
          "в",
          "у");

  /**
   * The index of the district or region mention right before mention {@code k} that holds it ("у
   * Херсонському районі, поблизу села Садове"), when the site, a village of under 20,000 people,
   * was resolved into another region of the same country; -1 otherwise. The gazetteer then lacks
   * this village, and it is drawn near the district's town or in the region.
   */
  private static int foreignHolderBefore(
      String text, List<RawMention> ms, int k, Map<RawMention, ResolvedMention> byRaw) {
    if (k == 0 || !ms.get(k - 1).placed()) {
      return -1;
    }
    RawMention before = ms.get(k - 1);
    Candidate site = byRaw.get(ms.get(k)).place();
    Candidate holder = byRaw.get(before).place();
    boolean area = holder.kind() == PlaceKind.admin1 || district(before);
    if (site.kind() != PlaceKind.locality
        || site.population() >= 20_000
        || !area
        || holder.admin1() == null
        || !Objects.equals(holder.country(), site.country())
        || holder.admin1().equals(site.admin1())) {
      return -1;
    }
    for (Candidate c : ms.get(k).candidates()) {
      if (holder.admin1().equals(c.admin1())) {
        return -1; // a namesake lies in the holder's region: resolution had its chance
      }
    }
    return linkedBy(text.substring(before.end(), ms.get(k).start()), HOLDER_BEFORE_LINKS)
        ? k - 1
        : -1;
  }

  /** True when {@code gap} holds at most four words (and commas), all of them {@code links}. */
  private static boolean linkedBy(String gap, Set<String> links) {
    String[] words = gap.toLowerCase(Locale.ROOT).replace(",", " ").trim().split("\\s+");
    if (words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (!w.isEmpty() && !links.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A dateline opening a paragraph: an upper-case place name, optionally a comma and a country or a
   * date, optionally an agency in brackets, then a dash or colon, or a full stop after a date
   * ("KYIV (AP) —", "КИЇВ, 14 листопада —", "МОСКВА, 14 ноября.").
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*\\p{Lu}[\\p{Lu} .'-]{1,30}(?:,\\s*[\\p{L}\\p{N} .'-]{2,30}?)?\\s*"
              + "(?:\\([^)]{1,25}\\))?\\s*(?:[-—–:]|(?<=\\p{N}\\s?\\p{L}{2,12})\\.)");

  /**
   * The sentence without its dateline, whose date is the report's, not the event's ("КИЇВ, 14
   * листопада — … в четвер завдали удару": Thursday).
   */
  private static String withoutDateline(Sentence s) {
    if (!s.paragraphStart()) {
      return s.text();
    }
    Matcher m = DATELINE.matcher(s.text());
    return m.find() ? s.text().substring(m.end()) : s.text();
  }

  /**
   * A locality named by its district ("у Покровському районі"): the mention runs past the name to
   * the district word and hints a locality ({@link MentionFinder}).
   */
  private static boolean district(RawMention m) {
    return m.kindHint() == PlaceKind.locality && m.end() > m.nameEnd();
  }

  private static double round(double v) {
    return Math.round(v * 1e5) / 1e5;
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static final class Draft {
    final Candidate place;
    final ResolvedDate date;
    final EventType type;
    int geoPrecision;
    final Sentence sentence;
    final double confidence;
    final Set<String> actors;

    Draft(
        Candidate place,
        ResolvedDate date,
        EventType type,
        int geoPrecision,
        Sentence sentence,
        double confidence,
        Set<String> actors) {
      this.place = place;
      this.date = date;
      this.type = type;
      this.geoPrecision = geoPrecision;
      this.sentence = sentence;
      this.confidence = confidence;
      this.actors = actors;
    }
  }
}
