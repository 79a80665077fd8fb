package org.conflictmap.geoparse.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.Json;

/**
 * Reads gold sets and prediction files (JSONL, one object a line, blank lines skipped).
 *
 * <p>As in {@code score.py}, a repeated id keeps its first position and its last content.
 */
public final class GoldSets {
  private GoldSets() {}

  /** Reads a gold set in the shape of {@code shared/eval/README.md}. */
  public static List<GoldDocument> readGold(Path file) {
    Map<String, GoldDocument> byId = new LinkedHashMap<>();
    for (JsonNode d : readLines(file)) {
      List<GoldDocument.Toponym> toponyms = null;
      if (d.hasNonNull("toponyms")) {
        toponyms = new ArrayList<>();
        for (JsonNode t : d.get("toponyms")) {
          toponyms.add(
              new GoldDocument.Toponym(
                  t.get("start").asInt(),
                  t.get("end").asInt(),
                  t.get("surface").asText(),
                  t.get("lat").asDouble(),
                  t.get("lon").asDouble()));
        }
      }
      List<GoldDocument.Verb> verbs = null;
      if (d.hasNonNull("verbs")) {
        verbs = new ArrayList<>();
        for (JsonNode v : d.get("verbs")) {
          List<GoldDocument.Span> spans = new ArrayList<>();
          for (JsonNode l : v.path("locations")) {
            spans.add(new GoldDocument.Span(l.get("start").asInt(), l.get("end").asInt()));
          }
          verbs.add(new GoldDocument.Verb(v.get("start").asInt(), v.get("end").asInt(), spans));
        }
      }
      String id = d.get("id").asText();
      byId.put(id, new GoldDocument(id, d.path("text").asText(""), toponyms, verbs));
    }
    return List.copyOf(byId.values());
  }

  /** Reads {@code geoparse --jsonl} output: mentions by document id. */
  public static Map<String, List<PredictedMention>> readPredictions(Path file) {
    Map<String, List<PredictedMention>> byId = new LinkedHashMap<>();
    for (JsonNode d : readLines(file)) {
      byId.put(d.get("id").asText(), mentionsOf(d));
    }
    return byId;
  }

  /** The mentions of one prediction object ({@code {"id", "mentions": [...]}}). */
  public static List<PredictedMention> mentionsOf(JsonNode prediction) {
    List<PredictedMention> mentions = new ArrayList<>();
    for (JsonNode m : prediction.path("mentions")) {
      mentions.add(
          new PredictedMention(
              m.hasNonNull("surface") ? m.get("surface").asText() : null,
              m.get("start").asInt(),
              m.get("end").asInt(),
              m.hasNonNull("lat") ? m.get("lat").asDouble() : null,
              m.hasNonNull("lon") ? m.get("lon").asDouble() : null,
              m.hasNonNull("role") ? m.get("role").asText() : null));
    }
    return mentions;
  }

  private static List<JsonNode> readLines(Path file) {
    List<JsonNode> nodes = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          nodes.add(Json.MAPPER.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return nodes;
  }
}
