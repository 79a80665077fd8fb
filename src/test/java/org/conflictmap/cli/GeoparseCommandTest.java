package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geoparse} and {@code eval} over the committed geodata, in this JVM. */
class GeoparseCommandTest {
  @TempDir Path dir;

  private String run(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run(args));
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonl_mode_answers_one_line_per_report_with_its_id() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"a\",\"text\":\"Russian missiles struck Odesa on Tuesday.\",\"published\":\"2025-04-10\"}\n"
            + "\n"
            + "{\"id\":7,\"text\":\"Nothing happened today.\"}\n");
    List<JsonNode> lines = new ArrayList<>();
    for (String line : run("geoparse", "--jsonl", in.toString()).split("\n")) {
      lines.add(Json.MAPPER.readTree(line));
    }
    assertEquals(2, lines.size());
    assertEquals("a", lines.get(0).get("id").asText());
    assertEquals(7, lines.get(1).get("id").asInt());
    JsonNode event = lines.get(0).get("events").get(0);
    assertEquals("UA", event.get("place").get("country").asText());
    assertEquals(698740, lines.get(0).get("mentions").get(1).get("geonameId").asInt(), "Odesa");
    assertEquals("2025-04-08", event.get("date").asText());
    assertEquals(0, lines.get(1).get("mentions").size());
  }

  @Test
  void eval_scores_predictions_it_is_given_like_score_py() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold,
        "{\"id\":\"g\",\"text\":\"Fighting in Kharkiv.\",\"toponyms\":[{\"start\":12,\"end\":19,"
            + "\"surface\":\"Kharkiv\",\"lat\":49.98,\"lon\":36.25}]}\n");
    Path pred = dir.resolve("pred.jsonl");
    Files.writeString(
        pred,
        "{\"id\":\"g\",\"mentions\":[{\"surface\":\"Kharkiv\",\"start\":12,\"end\":19,"
            + "\"lat\":49.99,\"lon\":36.23}]}\n");
    String out = run("eval", gold.toString(), "--pred", pred.toString());
    assertTrue(out.contains("precision=1.000 recall=1.000 f1=1.000 acc161=1.000"), out);
  }
}
