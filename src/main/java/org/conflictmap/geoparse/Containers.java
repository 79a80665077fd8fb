package org.conflictmap.geoparse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictmap.geoparse.text.Token;

/**
 * The place that holds an unlisted place, when its sentence says so in the phrase around it. This
 * is how a village the gazetteer does not know still reaches the map, honestly: at the place that
 * contains it, with geo-precision 2 (3 when that is a country).
 *
 * <h2>Rules</h2>
 *
 * For an unlisted name X ({@link UnlistedPlaceFinder}), the container is a resolved gazetteer
 * mention Y of the same sentence linked to X by one of:
 *
 * <ol>
 *   <li><b>After X</b>, over at most eight words that only locate (prepositions "in", "of", "near",
 *       "outside", articles, direction words, place nouns, other unlisted names and "and"): "the
 *       village of X in northern Y", "X, Y", "X district of Y", "X and Z near Y".
 *   <li><b>Before X</b>, as the owner of a place noun: "Y's X district", "the Y district of X",
 *       "the south Y neighbourhood of X", "the Syrian town of X" (a country adjective counts here).
 * </ol>
 *
 * "Near" is taken as containing: ACLED's geo-precision 2 means "near a locality" as well as "part
 * of a region". A name with neither link has no container: it stays a mention and makes no event.
 * Stateless.
 */
final class Containers {
  private static final Set<String> LINKS =
      Set.of(
          "in", "of", "near", "outside", "the", "a", "an", "and", "on", "at", "rural", "s",
          "inside", "close", "to", "nearby");

  private Containers() {}

  /**
   * For every mention of a sentence, the index (into {@code mentions}) of the resolved mention that
   * holds it, or -1; only unlisted mentions get one.
   */
  static int[] of(
      String text,
      List<Token> tokens,
      List<RawMention> mentions,
      List<RoleDecision> decisions,
      Map<RawMention, ResolvedMention> byRaw) {
    int[] out = new int[mentions.size()];
    Arrays.fill(out, -1);
    for (int k = 0; k < mentions.size(); k++) {
      RawMention u = mentions.get(k);
      if (u.placed() || decisions.get(k).role() != Role.event) {
        continue;
      }
      int after = after(tokens, mentions, k, byRaw);
      out[k] = after >= 0 ? after : before(tokens, mentions, k, byRaw);
    }
    return out;
  }

  private static int after(
      List<Token> tokens,
      List<RawMention> mentions,
      int k,
      Map<RawMention, ResolvedMention> byRaw) {
    RawMention u = mentions.get(k);
    int t = RoleClassifier.lastToken(tokens, u.end()) + 1;
    int steps = 0;
    while (t < tokens.size() && steps < 8) {
      Token w = tokens.get(t);
      int m = mentionAt(mentions, w.start());
      if (m >= 0) {
        RawMention y = mentions.get(m);
        if (y.placed() && y.form() == Form.name && usable(byRaw.get(y))) {
          return m;
        }
        if (y.placed()) {
          return -1; // an adjective or an unsure place: stop
        }
        t = RoleClassifier.lastToken(tokens, y.end()) + 1; // another unlisted name of a list
        steps++;
        continue;
      }
      String lower = w.lower();
      if (LINKS.contains(lower)
          || RoleClassifier.DIRECTIONS.contains(lower)
          || UnlistedPlaceFinder.PLACE_NOUNS.contains(lower)) {
        t++;
        steps++;
        continue;
      }
      return -1;
    }
    return -1;
  }

  private static int before(
      List<Token> tokens,
      List<RawMention> mentions,
      int k,
      Map<RawMention, ResolvedMention> byRaw) {
    RawMention u = mentions.get(k);
    int t = RoleClassifier.firstToken(tokens, u.start()) - 1;
    // "Y's X district": a possessive right before the name.
    if (t >= 1 && tokens.get(t).lower().equals("s")) {
      return owner(tokens, mentions, t - 1, byRaw);
    }
    // "the Y district of X", "the south Y neighbourhood of eastern X".
    while (t >= 0 && RoleClassifier.DIRECTIONS.contains(tokens.get(t).lower())) {
      t--;
    }
    if (t < 1 || !tokens.get(t).lower().equals("of")) {
      return -1;
    }
    t--;
    int nouns = 0;
    while (t >= 0 && UnlistedPlaceFinder.PLACE_NOUNS.contains(tokens.get(t).lower()) && nouns < 2) {
      t--;
      nouns++;
    }
    if (nouns == 0 || t < 0) {
      return -1;
    }
    if (tokens.get(t).lower().equals("s")) {
      t--; // "Baghdad's district of X"
    }
    while (t >= 0 && RoleClassifier.DIRECTIONS.contains(tokens.get(t).lower())) {
      t--;
    }
    return t < 0 ? -1 : owner(tokens, mentions, t, byRaw);
  }

  /** The resolved mention ending at token {@code t}, of any form, or -1. */
  private static int owner(
      List<Token> tokens,
      List<RawMention> mentions,
      int t,
      Map<RawMention, ResolvedMention> byRaw) {
    Token w = tokens.get(t);
    for (int m = 0; m < mentions.size(); m++) {
      RawMention y = mentions.get(m);
      if (y.placed() && y.end() >= w.end() && y.start() <= w.start() && usable(byRaw.get(y))) {
        return m;
      }
    }
    return -1;
  }

  private static boolean usable(ResolvedMention r) {
    return r != null && r.confidence() >= Geoparser.MIN_CONFIDENCE && !WorldNames.area(r.place());
  }

  private static int mentionAt(List<RawMention> mentions, int start) {
    for (int m = 0; m < mentions.size(); m++) {
      if (mentions.get(m).start() == start) {
        return m;
      }
    }
    return -1;
  }
}
