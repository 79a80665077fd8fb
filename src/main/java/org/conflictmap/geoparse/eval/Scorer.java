package org.conflictmap.geoparse.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predictions against a gold set by the rules of {@code shared/eval/README.md}, reproducing
 * {@code shared/eval/score.py} figure for figure.
 *
 * <p>Toponyms (EUPEG's rule): a located prediction matches a gold toponym when the midpoints of
 * their spans are less than 10 characters apart and their surfaces are equal ignoring case ({@code
 * --lenient}: when the spans overlap). Gold toponyms are taken in order; each takes the first still
 * unmatched prediction of its document that matches, so a prediction matches once. Errors are
 * great-circle distances on a sphere of radius 6371 km.
 *
 * <p>Stateless and thread-safe.
 */
public final class Scorer {
  /** Half the Earth's circumference, the largest possible error, in km. */
  public static final double MAX_ERROR_KM = 20039.0;

  private static final double EARTH_RADIUS_KM = 6371.0;

  private Scorer() {}

  /**
   * Scores toponyms.
   *
   * @param gold gold documents in file order (documents without toponyms count as having none)
   * @param predictions predicted mentions by document id; a missing id counts as no mentions
   * @param lenient match on overlapping spans instead of EUPEG's midpoint and surface rule
   */
  public static ToponymScores scoreToponyms(
      Collection<GoldDocument> gold,
      Map<String, List<PredictedMention>> predictions,
      boolean lenient) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int missing = 0;
    List<Double> errors = new ArrayList<>();
    for (GoldDocument g : gold) {
      List<PredictedMention> given = predictions.get(g.id());
      if (given == null) {
        missing++;
        given = List.of();
      }
      List<PredictedMention> open = new ArrayList<>();
      for (PredictedMention m : given) {
        if (m.located()) {
          open.add(m);
        }
      }
      List<GoldDocument.Toponym> toponyms = g.toponyms() == null ? List.of() : g.toponyms();
      for (GoldDocument.Toponym t : toponyms) {
        int hit = -1;
        for (int i = 0; i < open.size(); i++) {
          if (matches(t, open.get(i), lenient)) {
            hit = i;
            break;
          }
        }
        if (hit < 0) {
          fn++;
          continue;
        }
        tp++;
        PredictedMention m = open.remove(hit);
        errors.add(haversineKm(m.lat(), m.lon(), t.lat(), t.lon()));
      }
      fp += open.size();
    }
    errors.sort(Double::compare);
    int n = errors.size();
    double precision = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
    double recall = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    int within = 0;
    double sum = 0.0;
    for (double e : errors) {
      if (e < 161) {
        within++;
      }
      sum += e;
    }
    double auc = 0.0;
    if (n > 1) {
      double logMax = Math.log(MAX_ERROR_KM);
      auc = 0.5 * (Math.log(1 + errors.get(0)) + Math.log(1 + errors.get(n - 1))) / logMax;
      double middle = 0.0;
      for (int i = 1; i < n - 1; i++) {
        middle += Math.log(1 + errors.get(i)) / logMax;
      }
      auc = (auc + middle) / (n - 1);
    }
    double median =
        n == 0
            ? 0.0
            : n % 2 == 1 ? errors.get(n / 2) : (errors.get(n / 2 - 1) + errors.get(n / 2)) / 2;
    return new ToponymScores(
        gold.size(),
        missing,
        tp + fn,
        tp,
        fp,
        precision,
        recall,
        f1,
        n > 0 ? (double) within / n : 0.0,
        n > 0 ? sum / n : 0.0,
        median,
        auc,
        tp + fn > 0 ? (double) within / (tp + fn) : 0.0);
  }

  /**
   * Scores event roles on gold documents with verbs (see {@link RoleScores} for the definition).
   * Documents without verbs are skipped.
   */
  public static RoleScores scoreRoles(
      Collection<GoldDocument> gold, Map<String, List<PredictedMention>> predictions) {
    int documents = 0;
    int goldSpans = 0;
    int predicted = 0;
    int hits = 0;
    int found = 0;
    for (GoldDocument g : gold) {
      if (g.verbs() == null) {
        continue;
      }
      documents++;
      Set<GoldDocument.Span> spans = new LinkedHashSet<>();
      for (GoldDocument.Verb v : g.verbs()) {
        spans.addAll(v.locations());
      }
      List<PredictedMention> events = new ArrayList<>();
      for (PredictedMention m : predictions.getOrDefault(g.id(), List.of())) {
        if ("event".equals(m.role())) {
          events.add(m);
        }
      }
      goldSpans += spans.size();
      predicted += events.size();
      for (PredictedMention m : events) {
        if (spans.stream().anyMatch(s -> s.overlaps(m.start(), m.end()))) {
          hits++;
        }
      }
      for (GoldDocument.Span s : spans) {
        if (events.stream().anyMatch(m -> s.overlaps(m.start(), m.end()))) {
          found++;
        }
      }
    }
    double precision = predicted > 0 ? (double) hits / predicted : 0.0;
    double recall = goldSpans > 0 ? (double) found / goldSpans : 0.0;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    return new RoleScores(documents, goldSpans, predicted, hits, found, precision, recall, f1);
  }

  /** EUPEG's match rule, or span overlap when {@code lenient}. */
  static boolean matches(GoldDocument.Toponym g, PredictedMention p, boolean lenient) {
    if (lenient) {
      return p.start() < g.end() && g.start() < p.end();
    }
    // |(gs + ge) / 2 - (ps + pe) / 2| < 10, in integers.
    return Math.abs((g.start() + g.end()) - (p.start() + p.end())) < 20
        && lower(p.surface() == null ? "" : p.surface()).equals(lower(g.surface()));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Great-circle distance in km between two WGS 84 points, on a sphere of radius 6371 km. */
  public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double a =
        Math.pow(Math.sin((p2 - p1) / 2), 2)
            + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }
}
