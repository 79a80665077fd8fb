package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.geoparse.lex.MilitaryNouns;
import org.conflictmap.store.Event.PlaceKind;

/**
 * Chooses, for every mention of a report, one of its candidate places.
 *
 * <h2>Specification</h2>
 *
 * Each candidate {@code c} of a mention {@code m} gets a score, the sum of:
 *
 * <ol>
 *   <li><b>Prominence.</b> A country 14 (a country named is almost always the country); an admin-1
 *       region 6.5 (as prominent as a town of three million); a locality {@code log10(population +
 *       1)} (0 to about 7.5), plus 4 for a national capital ({@code PPLC}), 0.8 for the seat of an
 *       admin-1 region ({@code PPLA}), 0.3 for a second-level seat ({@code PPLA2}).
 *   <li><b>Kind signalled by the text.</b> When the text names the kind ("Donetsk region", "the
 *       city of Kursk"): +5 for a candidate of that kind, -5 for the others. A direction word
 *       before the name ("eastern Donetsk") gives an admin-1 region +4: "eastern X" speaks of part
 *       of a region more often than of part of a town. A bare name (no kind word, no direction
 *       word) gives +1 to the seat of an admin-1 region ({@code PPLA} or capital) when that region
 *       is a candidate too: "Drones struck Sumy" is the city of Sumy (score about 10.2) rather than
 *       Sumy Oblast (9.5), while "Sumy region" and "Sumy Oblast" stay the region (the kind word's
 *       +5/-5 decides). A small seat (under about 50,000 people) still loses to its region.
 *   <li><b>Exact name.</b> +3 when the surface equals the candidate's display name ignoring case
 *       (its main name rather than an alternate one), and to the seat of a region whose display
 *       name the surface equals ("Zaporizhzhia": the oblast and its capital, which GeoNames spells
 *       "Zaporizhia").
 *   <li><b>Document coherence.</b> Anchors are the mentions of the report that are clear on their
 *       own: one candidate, or a first-pass confidence of at least 0.8, or an adjective that does
 *       not name the actor or weapon of a war ("Russian forces", "Ukrainian drones", "russische
 *       Truppen", "російські війська", "les forces russes" are no anchors: the fighting is rarely
 *       in the actor's country). With anchors from other mentions (never the mention itself): +2
 *       when {@code c} lies in a country an anchor names or lies in (+1 more when two or more
 *       anchors agree); +2.5 when {@code c} lies in an admin-1 region an anchor is or lies in; +1.5
 *       when {@code c} is within 200 km of a locality anchor (+0.5 more within 50 km).
 * </ol>
 *
 * <p>One sense per report: afterwards, every mention with the same surface and no kind hint takes
 * the place of its most confident namesake, when that place is among its candidates.
 *
 * <p>The highest score wins; ties go to the larger population, then to the candidate the gazetteer
 * gave first. Confidence is the winner's share of {@code exp(score)} over all candidates, kept in
 * 0.3..0.99. Resolution runs three times: the first pass, without coherence, finds the anchors; the
 * second resolves every mention with them; the third does it again with the anchors of the second,
 * so that a name made clear by its neighbours ("Pokrovsk" beside other Donetsk towns) can anchor
 * the rest. The third pass only switches a mention to another place of the same kind (a
 * "Kostiantynivka" in the same list then is the Donetsk town, not its namesake near another
 * anchor); otherwise the second pass's place and confidence stand. Adjectives have one candidate
 * (their country).
 *
 * <p>Stateless and thread-safe.
 */
public final class Resolver {

  /** Resolves every mention of a report (all of its sentences' mentions together). */
  public List<ResolvedMention> resolve(List<RawMention> mentions, String text) {
    List<ResolvedMention> first = new ArrayList<>();
    for (RawMention m : mentions) {
      first.add(choose(m, text, null, -1));
    }
    List<ResolvedMention> second = resolveWith(anchors(first, text), mentions, text);
    List<ResolvedMention> third = resolveWith(anchors(second, text), mentions, text);
    List<ResolvedMention> out = new ArrayList<>(second.size());
    for (int k = 0; k < second.size(); k++) {
      ResolvedMention a = second.get(k);
      ResolvedMention b = third.get(k);
      boolean namesake = !b.place().equals(a.place()) && b.place().kind() == a.place().kind();
      out.add(namesake ? b : a);
    }
    return oneSensePerReport(out);
  }

  /** The anchors of a pass: the mentions it resolved clearly (see the specification). */
  private static Context anchors(List<ResolvedMention> pass, String text) {
    Context context = new Context();
    for (int k = 0; k < pass.size(); k++) {
      ResolvedMention r = pass.get(k);
      boolean clear =
          r.raw().form() == Form.adjective
              ? !militaryAdjective(r.raw(), text)
              : r.raw().candidates().size() == 1 || r.confidence() >= 0.8;
      if (clear) {
        context.add(k, r.place());
      }
    }
    return context;
  }

  private List<ResolvedMention> resolveWith(
      Context context, List<RawMention> mentions, String text) {
    List<ResolvedMention> out = new ArrayList<>(mentions.size());
    for (int k = 0; k < mentions.size(); k++) {
      out.add(choose(mentions.get(k), text, context, k));
    }
    return out;
  }

  /** Besides {@link MilitaryNouns}: people and words of war that make an adjective no anchor. */
  private static final java.util.Set<String> WAR_WORDS =
      java.util.Set.of(
          "nationals", "fighters", "mercenaries", "side", "war", "armed", "special", "ships");

  /**
   * "Russian forces", "Ukrainian drones": an adjective naming the actor or weapon of a war says
   * nothing about where the report's places are, so it is no anchor. The noun is the next word, or
   * the word before for French ("les forces russes").
   */
  private static boolean militaryAdjective(RawMention m, String text) {
    int i = m.end();
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    String next = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
    return WAR_WORDS.contains(next)
        || MilitaryNouns.contains(next)
        || MilitaryNouns.contains(wordBefore(m, text));
  }

  /** The same name without a kind hint means the same place throughout a report. */
  private static List<ResolvedMention> oneSensePerReport(List<ResolvedMention> resolved) {
    Map<String, ResolvedMention> best = new HashMap<>();
    for (ResolvedMention r : resolved) {
      if (r.raw().kindHint() != null) {
        continue;
      }
      String key = r.raw().surface().toLowerCase(java.util.Locale.ROOT);
      ResolvedMention b = best.get(key);
      if (b == null || r.confidence() > b.confidence()) {
        best.put(key, r);
      }
    }
    List<ResolvedMention> out = new ArrayList<>(resolved.size());
    for (ResolvedMention r : resolved) {
      ResolvedMention b =
          r.raw().kindHint() != null
              ? null
              : best.get(r.raw().surface().toLowerCase(java.util.Locale.ROOT));
      if (b != null && b != r && r.raw().candidates().contains(b.place())) {
        out.add(new ResolvedMention(r.raw(), b.place(), b.confidence()));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  private ResolvedMention choose(RawMention m, String text, Context context, int self) {
    List<Candidate> cs = m.candidates();
    double[] scores = new double[cs.size()];
    int best = 0;
    boolean direction = directionBefore(m, text);
    for (int i = 0; i < cs.size(); i++) {
      scores[i] = score(cs.get(i), m, direction, context, self);
      if (scores[i] > scores[best]
          || (scores[i] == scores[best] && cs.get(i).population() > cs.get(best).population())) {
        best = i;
      }
    }
    double sum = 0;
    for (double s : scores) {
      sum += Math.exp(s - scores[best]);
    }
    double confidence = Math.max(0.3, Math.min(0.99, 1.0 / sum));
    return new ResolvedMention(m, cs.get(best), confidence);
  }

  private static double score(Candidate c, RawMention m, boolean direction, Context ctx, int self) {
    double s =
        switch (c.kind()) {
          case country -> 14.0;
          case admin1 -> 6.5;
          case locality -> Math.log10(c.population() + 1.0);
        };
    if (c.kind() == PlaceKind.locality) {
      if (c.capital()) {
        s += 4;
      } else if ("PPLA".equals(c.featureCode())) {
        s += 0.8;
      } else if ("PPLA2".equals(c.featureCode())) {
        s += 0.3;
      }
    }
    if (m.kindHint() != null && m.form() == Form.name) {
      s += c.kind() == m.kindHint() ? 5 : -5;
    } else if (m.form() == Form.name && !direction && seatOfNamesakeRegion(c, m)) {
      s += SEAT_OVER_REGION;
    }
    if (direction && c.kind() == PlaceKind.admin1) {
      s += 4;
    }
    String name = m.surface().substring(0, m.nameEnd() - m.start());
    if (sameName(name, c.name()) || namesRegionOfSeat(name, c, m)) {
      s += 3;
    }
    if (ctx != null) {
      s += ctx.coherence(c, self);
    }
    return s;
  }

  /**
   * The surface names the candidate's display name: equal ignoring case, apostrophes (GeoNames
   * writes soft signs as apostrophes: "Ryazan’", "Kramators’k") and a hyphen for a space.
   */
  static boolean sameName(String surface, String name) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < surface.length() && apostrophe(surface.charAt(i))) {
        i++;
      }
      while (j < name.length() && apostrophe(name.charAt(j))) {
        j++;
      }
      if (i == surface.length() || j == name.length()) {
        return i == surface.length() && j == name.length();
      }
      char a = surface.charAt(i++);
      char b = name.charAt(j++);
      if (a != b
          && Character.toLowerCase(a) != Character.toLowerCase(b)
          && !((a == '-' || a == ' ') && (b == '-' || b == ' '))) {
        return false;
      }
    }
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == 'ʹ';
  }

  /**
   * The name is the display name of a region of the mention whose seat {@code c} is: "Zaporizhzhia"
   * names the oblast and its capital alike, though GeoNames spells the city "Zaporizhia".
   */
  private static boolean namesRegionOfSeat(String name, Candidate c, RawMention m) {
    if (!"PPLA".equals(c.featureCode()) || !seatOfNamesakeRegion(c, m)) {
      return false; // capitals stay behind their country: "Mexico" is not Mexico City
    }
    for (Candidate other : m.candidates()) {
      if (other.kind() == PlaceKind.admin1
          && c.admin1().equals(other.admin1())
          && sameName(name, other.name())) {
        return true;
      }
    }
    return false;
  }

  /** What a bare name gives the seat of a region of the same name ("Sumy": the city). */
  static final double SEAT_OVER_REGION = 1.0;

  /**
   * True when {@code c} is the seat of an admin-1 region ({@code PPLA}, or a capital) that is also
   * a candidate of the mention: "Sumy", "Kherson", "Idlib" name both a city and the region around
   * it.
   */
  private static boolean seatOfNamesakeRegion(Candidate c, RawMention m) {
    if (c.kind() != PlaceKind.locality
        || c.admin1() == null
        || !("PPLA".equals(c.featureCode()) || c.capital())) {
      return false;
    }
    for (Candidate other : m.candidates()) {
      if (other.kind() == PlaceKind.admin1 && c.admin1().equals(other.admin1())) {
        return true;
      }
    }
    return false;
  }

  private static boolean directionBefore(RawMention m, String text) {
    String before = wordBefore(m, text);
    return !before.isEmpty() && RoleClassifier.DIRECTIONS.contains(before);
  }

  /** The word just before the mention (across spaces), in lower case; "" when there is none. */
  private static String wordBefore(RawMention m, String text) {
    int e = m.start();
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Anchors of a report: places clear on their own, by mention index. Aggregates are built once, so
   * scoring a candidate costs one pass over the distinct anchor localities.
   */
  private static final class Context {
    private final List<Integer> owners = new ArrayList<>();
    private final List<Candidate> anchors = new ArrayList<>();
    private final Map<String, Integer> countries = new HashMap<>();
    private final Map<String, Integer> regions = new HashMap<>();
    private final Map<String, Integer> places = new HashMap<>();
    private final Map<String, Candidate> localities = new HashMap<>();
    private final Map<Integer, Candidate> byOwner = new HashMap<>();

    void add(int owner, Candidate c) {
      owners.add(owner);
      anchors.add(c);
      byOwner.put(owner, c);
      places.merge(c.key(), 1, Integer::sum);
      if (c.country() != null) {
        countries.merge(c.country(), 1, Integer::sum);
      }
      if (c.admin1() != null) {
        regions.merge(c.admin1(), 1, Integer::sum);
      }
      if (c.kind() == PlaceKind.locality) {
        localities.putIfAbsent(c.key(), c);
      }
    }

    double coherence(Candidate c, int self) {
      Candidate own = byOwner.get(self);
      String key = c.key();
      // Anchors other than the mention itself and other than mentions of the very same place.
      int samePlace = places.getOrDefault(key, 0);
      int agree = c.kind() == PlaceKind.country ? 0 : countries.getOrDefault(c.country(), 0);
      if (c.country() != null && samePlace > 0 && c.kind() != PlaceKind.country) {
        agree -= samePlace;
      }
      if (own != null
          && !own.key().equals(key)
          && c.country() != null
          && c.country().equals(own.country())
          && c.kind() != PlaceKind.country) {
        agree -= 1;
      }
      int region = c.admin1() == null ? 0 : regions.getOrDefault(c.admin1(), 0);
      if (region > 0 && c.admin1() != null) {
        region -= samePlace;
        if (own != null && !own.key().equals(key) && c.admin1().equals(own.admin1())) {
          region -= 1;
        }
      }
      double s = 0;
      if (agree >= 1) {
        s += agree >= 2 ? 3 : 2;
      }
      if (region > 0 && c.kind() != PlaceKind.admin1) {
        s += 2.5;
      }
      if (c.kind() == PlaceKind.locality) {
        double near = 0;
        for (Candidate a : localities.values()) {
          if (a.key().equals(key)
              || (own != null && a == own && places.getOrDefault(a.key(), 0) <= 1)) {
            continue;
          }
          if (Math.abs(a.lat() - c.lat()) > 2.0) {
            continue; // more than 200 km apart in latitude
          }
          double km = GeoMath.km(a.lat(), a.lon(), c.lat(), c.lon());
          if (km < 50) {
            near = 2.0;
            break;
          } else if (km < 200) {
            near = 1.5;
          }
        }
        s += near;
      }
      return s;
    }
  }
}
