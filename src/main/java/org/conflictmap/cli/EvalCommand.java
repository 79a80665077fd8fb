package org.conflictmap.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conflictmap.Json;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.geoparse.Geoparser;
import org.conflictmap.geoparse.Mention;
import org.conflictmap.geoparse.eval.GoldDocument;
import org.conflictmap.geoparse.eval.GoldSets;
import org.conflictmap.geoparse.eval.PredictedMention;
import org.conflictmap.geoparse.eval.RoleScores;
import org.conflictmap.geoparse.eval.Scorer;
import org.conflictmap.geoparse.eval.ToponymScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval}: scores the geoparser (or a prediction file) on a gold set, by the rules of the
 * shared eval README and with the figures of its {@code score.py}.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score a gold set (shared/eval shape): P, R, F1, acc@161, mean km, AUC, e2e@161;",
      "event-role precision/recall for sets with event verbs.",
      "Without --pred, runs the geoparser over the gold texts in this JVM."
    })
final class EvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "GOLD.jsonl")
  Path gold;

  @Option(names = "--pred", description = "Score this geoparse --jsonl output instead.")
  Path pred;

  @Option(names = "--out", description = "Also write the predictions made here (JSONL).")
  Path out;

  @Option(names = "--lenient", description = "Match on overlapping spans (score.py --lenient).")
  boolean lenient;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(
      names = "--published",
      defaultValue = "2020-01-01",
      description = "Date the gold texts are taken as published (default: ${DEFAULT-VALUE}).")
  LocalDate published;

  @Option(names = "--geodata", description = "Directory of the gazetteer files.")
  Path geodata;

  @Option(
      names = "--bench",
      defaultValue = "0",
      description = {
        "Then benchmark: the gold texts joined into reports of about 5 KB, parsed N rounds",
        "after three warm-up rounds; prints MB/s and per-report latency percentiles."
      })
  int bench;

  private void bench(List<GoldDocument> docs, PrintStream o) throws IOException {
    Geoparser geoparser = Geoparser.over(GeoparseCommand.loadGazetteer(geodata));
    List<String> reports = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (GoldDocument d : docs) {
      sb.append(d.text()).append("\n\n");
      if (sb.length() >= 5000) {
        reports.add(sb.toString());
        sb.setLength(0);
      }
    }
    if (sb.length() > 0) {
      reports.add(sb.toString());
    }
    long chars = reports.stream().mapToLong(String::length).sum();
    for (int round = 0; round < 3; round++) {
      for (String r : reports) {
        geoparser.parse(r, published, null); // warm-up
      }
    }
    // CPU time of this thread as well as wall time: on a shared machine the wall clock measures
    // the neighbours too.
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long[] wall = new long[reports.size() * bench];
    long[] used = new long[reports.size() * bench];
    int k = 0;
    long t0 = System.nanoTime();
    long c0 = cpu.getCurrentThreadCpuTime();
    for (int round = 0; round < bench; round++) {
      for (String r : reports) {
        long s = System.nanoTime();
        long c = cpu.getCurrentThreadCpuTime();
        geoparser.parse(r, published, null);
        used[k] = cpu.getCurrentThreadCpuTime() - c;
        wall[k++] = System.nanoTime() - s;
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpuSecs = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
    java.util.Arrays.sort(wall);
    java.util.Arrays.sort(used);
    o.printf(
        Locale.ROOT,
        "bench: %d reports of about %d chars, %d rounds, one thread: %.2f MB per CPU second"
            + " (%.2f MB/s wall); CPU per report p50 %.2f ms, p99 %.2f ms;"
            + " wall p50 %.2f ms, p99 %.2f ms%n",
        reports.size(),
        chars / reports.size(),
        bench,
        chars * bench / cpuSecs / 1e6,
        chars * bench / secs / 1e6,
        used[used.length / 2] / 1e6,
        used[(int) (used.length * 0.99)] / 1e6,
        wall[wall.length / 2] / 1e6,
        wall[(int) (wall.length * 0.99)] / 1e6);
  }

  @Override
  public Integer call() throws IOException {
    List<GoldDocument> docs = GoldSets.readGold(gold);
    Map<String, List<PredictedMention>> predictions;
    double seconds = 0;
    long chars = 0;
    if (pred != null) {
      predictions = GoldSets.readPredictions(pred);
    } else {
      Geoparser geoparser = Geoparser.over(GeoparseCommand.loadGazetteer(geodata));
      predictions = new LinkedHashMap<>();
      BufferedWriter w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
      long t0 = System.nanoTime();
      for (GoldDocument d : docs) {
        GeoparseResult r = geoparser.parse(d.text(), published, null);
        chars += d.text().length();
        List<PredictedMention> ms = new ArrayList<>();
        for (Mention m : r.mentions()) {
          ms.add(
              new PredictedMention(
                  m.surface(), m.start(), m.end(), m.lat(), m.lon(), m.role().name()));
        }
        predictions.put(d.id(), ms);
        if (w != null) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("id", d.id());
          o.put("mentions", r.mentions());
          o.put("events", r.events());
          w.write(Json.write(o));
          w.newLine();
        }
      }
      seconds = (System.nanoTime() - t0) / 1e9;
      if (w != null) {
        w.close();
      }
    }
    boolean toponyms = docs.stream().anyMatch(d -> d.toponyms() != null);
    boolean verbs = docs.stream().anyMatch(d -> d.verbs() != null);
    ToponymScores t = toponyms ? Scorer.scoreToponyms(docs, predictions, lenient) : null;
    RoleScores r = verbs ? Scorer.scoreRoles(docs, predictions) : null;
    PrintStream o = System.out;
    if (json) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("gold", gold.getFileName().toString());
      body.put("toponyms", t);
      body.put("roles", r);
      o.println(Json.write(body));
      return 0;
    }
    o.println("gold set: " + gold + " (" + docs.size() + " documents)");
    if (t != null) {
      o.println("| P | R | F1 | acc@161 | mean km | AUC | e2e@161 | gold | tp | fp |");
      o.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
      o.printf(
          Locale.ROOT,
          "| %.3f | %.3f | %.3f | %.3f | %.0f | %.3f | %.3f | %d | %d | %d |%n",
          t.precision(),
          t.recall(),
          t.f1(),
          t.acc161(),
          t.meanKm(),
          t.auc(),
          t.e2e161(),
          t.gold(),
          t.tp(),
          t.fp());
      o.printf(
          Locale.ROOT,
          "documents=%d missing_predictions=%d gold=%d tp=%d fp=%d precision=%.3f recall=%.3f"
              + " f1=%.3f acc161=%.3f mean_km=%.3f median_km=%.3f auc=%.3f e2e161=%.3f%n",
          t.documents(),
          t.missingPredictions(),
          t.gold(),
          t.tp(),
          t.fp(),
          t.precision(),
          t.recall(),
          t.f1(),
          t.acc161(),
          t.meanKm(),
          t.medianKm(),
          t.auc(),
          t.e2e161());
    }
    if (r != null) {
      o.println("| event-role P | event-role R | F1 | gold spans | predicted | hits |");
      o.println("| --- | --- | --- | --- | --- | --- |");
      o.printf(
          Locale.ROOT,
          "| %.3f | %.3f | %.3f | %d | %d | %d |%n",
          r.precision(),
          r.recall(),
          r.f1(),
          r.goldSpans(),
          r.predicted(),
          r.hits());
    }
    if (bench > 0) {
      bench(docs, o);
    }
    if (seconds > 0) {
      o.printf(
          Locale.ROOT,
          "geoparsed %d chars in %.2f s (%.2f MB/s)%n",
          chars,
          seconds,
          chars / seconds / 1e6);
    }
    return 0;
  }
}
