package org.conflictmap.geoparse;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * the precise ones). An unlisted event site counts as more precise than any region or country of
 * its sentence. The place that holds an unlisted site in its own phrase ({@link Containers}: "the
 * village of X in Y", "Y's X district") becomes context too, and so does the reference point of a
 * distance ("shot in X, 20 km south of Y") when the sentence has another event site.
 *
 * <p><b>Unlisted sites.</b> A mention of a place the gazetteer does not list is printed only when
 * it is an event site, without resolution (see {@link Mention}). It makes an event only when a
 * resolved place of its sentence holds it: first the holder its phrase names ({@link Containers}),
 * else a region or country event mention of the sentence that the first qualifier rule demoted,
 * else the reference point of a distance. The event is drawn at that holder with geo-precision 2
 * ("part of a region", "near a locality"; 3 when the holder is a country), never at a guessed
 * point; with no holder there is no event, since a dot we cannot justify does more harm than a
 * missing one.
 *
 * <p><b>Abstention.</b> A mention whose resolution confidence is below {@link #MIN_CONFIDENCE} is
 * left out (it still helps resolve the others).
 *
 * <p><b>Events.</b> One per distinct event site and date per report. The date is the sentence's own
 * ({@link DateResolver}), else the published date; the type is the sentence's heaviest trigger
 * ({@link EventTypeLexicon}); actors are those the sentence names ({@link ActorNormaliser}), merged
 * over the sentences reporting the same event; the evidence is the first such sentence.
 * Geo-precision: 1 a locality, 2 near a locality, a town's district ("у Покровському районі") or
 * part of a region ("eastern Donetsk region"), 3 a whole region or country.
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
      List<Trigger> triggers = lexicon.triggers(t);
      List<RoleDecision> decisions = new ArrayList<>();
      for (RawMention m : inSentence) {
        Candidate place = m.placed() ? byRaw.get(m).place() : null;
        decisions.add(roles.classify(text, s, t, triggers, m, place, inSentence));
      }
      int[] containers = Containers.of(text, t, inSentence, decisions, byRaw);
      qualify(inSentence, decisions, byRaw, containers);
      Optional<EventType> type = Optional.empty();
      List<String> sentenceActors = null;
      ResolvedDate date = null;
      for (int k = 0; k < inSentence.size(); k++) {
        RawMention m = inSentence.get(k);
        RoleDecision d = decisions.get(k);
        ResolvedMention r;
        boolean within = false;
        if (m.placed()) {
          r = byRaw.get(m);
        } else {
          if (d.role() != Role.event) {
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
          date =
              DateResolver.find(s.text(), day, lang).orElseGet(() -> ResolvedDate.published(day));
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
                  type.get(),
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

  /** The qualifier rule of the class comment. */
  private static void qualify(
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
