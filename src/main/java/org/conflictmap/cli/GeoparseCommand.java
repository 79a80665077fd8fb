package org.conflictmap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conflictmap.Json;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.geoparse.Geoparser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code geoparse}: report text in, DESIGN.md's mentions and events JSON out; stores nothing. With
 * {@code --jsonl}, one {@code {"id","text","published"?,"lang"?}} a line in and one {@code
 * {"id","mentions","events"}} a line out, in one JVM.
 */
@Command(
    name = "geoparse",
    mixinStandardHelpOptions = true,
    description = {
      "Find the places a report mentions and the events it reports; print them as JSON.",
      "FILE is a text file, or - for standard input."
    })
final class GeoparseCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE|-", description = "Report text, or - for stdin.")
  String file;

  @Option(
      names = "--published",
      description =
          "Publication date YYYY-MM-DD (relative dates resolve against it; default today).")
  LocalDate published;

  @Option(names = "--lang", description = "Language hint (en, uk, ru, de, fr).")
  String lang;

  @Option(
      names = "--jsonl",
      description = "FILE holds one {\"id\",\"text\",\"published\"?} a line; print one line each.")
  boolean jsonl;

  @Option(
      names = "--geodata",
      description = "Directory of the gazetteer files (default: ./geodata or beside the jar).")
  Path geodata;

  @Override
  public Integer call() throws IOException {
    Geoparser geoparser = Geoparser.over(loadGazetteer(geodata));
    PrintStream out = System.out;
    if (!jsonl) {
      String text;
      try (Reader r = open(file)) {
        text = new String(readAll(r));
      }
      GeoparseResult result = geoparser.parse(text, published, lang);
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
      return 0;
    }
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try (BufferedReader in = new BufferedReader(open(file))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = Json.MAPPER.readTree(line);
        if (!d.hasNonNull("text")) {
          throw new IllegalArgumentException("line " + n + " has no \"text\"");
        }
        LocalDate day =
            d.hasNonNull("published")
                ? LocalDate.parse(d.get("published").asText().substring(0, 10))
                : published;
        String language = d.hasNonNull("lang") ? d.get("lang").asText() : lang;
        GeoparseResult result = geoparser.parse(d.get("text").asText(), day, language);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", d.has("id") ? d.get("id") : null);
        o.put("mentions", result.mentions());
        o.put("events", result.events());
        w.write(Json.write(o));
        w.newLine();
      }
    }
    w.flush();
    return 0;
  }

  static Gazetteer loadGazetteer(Path dir) throws IOException {
    return dir == null ? Gazetteer.loadDefault() : Gazetteer.load(dir);
  }

  private static Reader open(String file) throws IOException {
    if ("-".equals(file)) {
      return new InputStreamReader(System.in, StandardCharsets.UTF_8);
    }
    Path p = Path.of(file);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    return Files.newBufferedReader(p, StandardCharsets.UTF_8);
  }

  private static char[] readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = r.read(buf)) > 0) {
      sb.append(buf, 0, n);
    }
    return sb.toString().toCharArray();
  }
}
