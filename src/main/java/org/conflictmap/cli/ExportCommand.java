package org.conflictmap.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.conflictmap.export.ExportFormat;
import org.conflictmap.store.EventQuery;
import org.conflictmap.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export --format csv|geojson|gpkg --out FILE}: every stored event, streamed in constant
 * memory. The file appears complete or not at all (written beside it, then moved).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write every stored event to a CSV, GeoJSON or GeoPackage file.")
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--format", required = true, description = "csv, geojson or gpkg.")
  String format;

  @Option(names = "--out", required = true, description = "File to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    ExportFormat f = ExportFormat.of(format);
    Path abs = out.toAbsolutePath();
    Path tmp = Files.createTempFile(abs.getParent(), ".conflictmap-export", "." + f.extension());
    long n;
    long t0 = System.nanoTime();
    try (EventStore s = store.open();
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      n = f.write(s, EventQuery.all(), o);
    } catch (Exception e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf(
        "exported %,d events to %s in %s%n",
        n, abs, Progress.duration((System.nanoTime() - t0) / 1e9));
    return 0;
  }
}
