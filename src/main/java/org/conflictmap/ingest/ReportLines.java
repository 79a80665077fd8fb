package org.conflictmap.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.conflictmap.Json;

/**
 * Reads a JSONL file of reports, one {@code {"id"?,"text","published"?,"url"?,"title"?,"lang"?}} a
 * line (the shape {@code geoparse --jsonl} reads), validated as {@code POST /reports} bodies.
 */
public final class ReportLines {
  private ReportLines() {}

  /** One line of the file: its number, its id (or null), and the submission. */
  public record Line(int number, String id, Ingest.Submission submission) {}

  /** Counts the non-blank lines of {@code file}. */
  public static long count(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.filter(l -> !l.isBlank()).count();
    }
  }

  /**
   * Calls {@code sink} for each non-blank line, in order.
   *
   * @throws IllegalArgumentException naming the line when one is not a valid report
   */
  public static void read(Path file, Consumer<Line> sink) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String raw;
      int n = 0;
      while ((raw = in.readLine()) != null) {
        n++;
        if (raw.isBlank()) {
          continue;
        }
        sink.accept(parse(n, raw));
      }
    }
  }

  static Line parse(int number, String raw) {
    try {
      JsonNode node = Json.MAPPER.readTree(raw);
      if (!(node instanceof ObjectNode o)) {
        throw new IllegalArgumentException("line " + number + ": not a JSON object");
      }
      JsonNode id = o.remove("id");
      return new Line(number, id == null || id.isNull() ? null : id.asText(), Submissions.of(o));
    } catch (IOException e) {
      throw new IllegalArgumentException("line " + number + ": not valid JSON", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
    }
  }
}
