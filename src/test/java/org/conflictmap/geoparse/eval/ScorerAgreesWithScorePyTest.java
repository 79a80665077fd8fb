package org.conflictmap.geoparse.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.conflictmap.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorer must give the figures of the shared {@code score.py}: both run on the same gold
 * and prediction files, generated here, and every figure is compared.
 */
class ScorerAgreesWithScorePyTest {
  static final Path SCORE_PY = Path.of("..", "shared", "eval", "score.py");

  @TempDir Path dir;

  @Test
  void hand_written_gold_and_predictions_score_the_same_in_java_and_python() throws Exception {
    String text =
        "Shelling hit Kramatorsk overnight, officials in Kyiv said. Paris and paris were quiet.";
    List<Map<String, Object>> gold =
        List.of(
            doc(
                "a",
                text,
                List.of(
                    toponym(13, 23, "Kramatorsk", 48.72, 37.56),
                    toponym(48, 52, "Kyiv", 50.45, 30.52),
                    toponym(59, 64, "Paris", 48.85, 2.35),
                    toponym(69, 74, "paris", 48.85, 2.35))),
            doc("b", "Nothing happened in Lviv.", List.of(toponym(20, 24, "Lviv", 49.84, 24.03))),
            doc(
                "missing",
                "No prediction for Odesa.",
                List.of(toponym(18, 23, "Odesa", 46.48, 30.72))));
    List<Map<String, Object>> pred =
        List.of(
            prediction(
                "a",
                List.of(
                    mention("Kramatorsk", 13, 23, 48.74, 37.58),
                    mention("KYIV", 50, 54, 50.0, 36.2), // within 10 chars, wrong place
                    mention("Paris", 69, 74, 33.66, -95.55), // the Texan one, matched first
                    mention("Paris", 59, 64, 48.86, 2.34),
                    mention("hit", 9, 12, null, null), // unresolved: ignored
                    mention("quiet", 80, 85, 10.0, 10.0))), // false positive
            prediction("b", List.of(mention("Lviv", 21, 25, 49.84, 24.03))));
    assertSameFigures(gold, pred, false);
    assertSameFigures(gold, pred, true);
  }

  @Test
  void perturbed_predictions_of_a_shared_gold_set_score_the_same_in_java_and_python()
      throws Exception {
    Path goldFile = Path.of("..", "shared", "eval", "geowebnews.jsonl");
    assumeTrue(Files.exists(goldFile), "shared gold set not present");
    Random random = new Random(42);
    List<Map<String, Object>> pred = new ArrayList<>();
    for (GoldDocument g : GoldSets.readGold(goldFile)) {
      if (random.nextInt(10) == 0) {
        continue; // a missing prediction line
      }
      List<Map<String, Object>> mentions = new ArrayList<>();
      for (GoldDocument.Toponym t : g.toponyms()) {
        int r = random.nextInt(6);
        if (r == 0) {
          continue; // missed
        }
        int shift = r == 1 ? random.nextInt(12) : 0;
        double err = r == 2 ? random.nextDouble() * 40 : random.nextDouble() * 0.5;
        mentions.add(
            mention(t.surface(), t.start() + shift, t.end() + shift, t.lat() + err, t.lon() - err));
        if (r == 3) {
          mentions.add(mention("spurious", t.start(), t.end(), 0.0, 0.0));
        }
      }
      pred.add(prediction(g.id(), mentions));
    }
    Path predFile = write("pred.jsonl", pred);
    assertSameFigures(goldFile, predFile, false);
  }

  private void assertSameFigures(
      List<Map<String, Object>> gold, List<Map<String, Object>> pred, boolean lenient)
      throws Exception {
    assertSameFigures(write("gold.jsonl", gold), write("pred.jsonl", pred), lenient);
  }

  private void assertSameFigures(Path goldFile, Path predFile, boolean lenient) throws Exception {
    JsonNode python = runScorePy(goldFile, predFile, lenient);
    ToponymScores java =
        Scorer.scoreToponyms(
            GoldSets.readGold(goldFile), GoldSets.readPredictions(predFile), lenient);
    assertEquals(python.get("documents").asInt(), java.documents());
    assertEquals(python.get("missing_predictions").asInt(), java.missingPredictions());
    assertEquals(python.get("gold").asInt(), java.gold());
    assertEquals(python.get("tp").asInt(), java.tp());
    assertEquals(python.get("fp").asInt(), java.fp());
    double eps = 1e-9;
    assertEquals(python.get("precision").asDouble(), java.precision(), eps);
    assertEquals(python.get("recall").asDouble(), java.recall(), eps);
    assertEquals(python.get("f1").asDouble(), java.f1(), eps);
    assertEquals(python.get("acc161").asDouble(), java.acc161(), eps);
    assertEquals(python.get("mean_km").asDouble(), java.meanKm(), 1e-6);
    assertEquals(python.get("median_km").asDouble(), java.medianKm(), 1e-6);
    assertEquals(python.get("auc").asDouble(), java.auc(), eps);
    assertEquals(python.get("e2e161").asDouble(), java.e2e161(), eps);
  }

  private JsonNode runScorePy(Path gold, Path pred, boolean lenient) throws Exception {
    assumeTrue(Files.exists(SCORE_PY), "score.py not present at " + SCORE_PY);
    List<String> command = new ArrayList<>(List.of("python3", SCORE_PY.toString()));
    command.addAll(List.of(gold.toString(), pred.toString(), "--json"));
    if (lenient) {
      command.add("--lenient");
    }
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "python3 not available");
      throw e;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return Json.MAPPER.readTree(out);
  }

  private Path write(String name, List<Map<String, Object>> lines) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Map<String, Object> line : lines) {
      sb.append(Json.write(line)).append('\n');
    }
    Path file = dir.resolve(name);
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    return file;
  }

  private static Map<String, Object> doc(String id, String text, List<Map<String, Object>> tops) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", id);
    d.put("text", text);
    d.put("toponyms", tops);
    return d;
  }

  private static Map<String, Object> toponym(
      int start, int end, String surface, double lat, double lon) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("start", start);
    t.put("end", end);
    t.put("surface", surface);
    t.put("lat", lat);
    t.put("lon", lon);
    return t;
  }

  private static Map<String, Object> prediction(String id, List<Map<String, Object>> mentions) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", id);
    p.put("mentions", mentions);
    return p;
  }

  private static Map<String, Object> mention(
      String surface, int start, int end, Double lat, Double lon) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("surface", surface);
    m.put("start", start);
    m.put("end", end);
    m.put("lat", lat);
    m.put("lon", lon);
    return m;
  }
}
