package org.conflictmap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads {@code geodata/localities.tsv.gz}: GeoNames cities1000 as written by the geodata build,
 * UTF-8, one locality a line after a header line, tab-separated columns {@code geonameId, name,
 * asciiName, altNames, lat, lon, featureClass, featureCode, country, gnAdmin1, admin1, regionId,
 * population, keys@N}.
 *
 * <p>{@code altNames} is comma-separated (Latin and Cyrillic scripts only); {@code gnAdmin1} is the
 * raw GeoNames admin1 code, {@code admin1} the ISO 3166-2 code of the linked region and {@code
 * regionId} that region's Natural Earth {@code adm1_code} (both empty when unlinked). {@code keys}
 * holds the distinct {@link NameNormalizer#normalize normalised} keys of the name, ASCII name and
 * alternate names, comma-separated, as computed by normaliser version {@code N} (named in the
 * header): when {@code N} is not {@link NameNormalizer#VERSION}, the keys are ignored and the
 * reader normalises the names itself (correct, only slower). Lines are ordered by population,
 * largest first.
 *
 * <p>Stateless and thread-safe.
 */
public final class LocalityFile {
  private static final String COLUMNS_HEADER =
      "geonameId\tname\tasciiName\taltNames\tlat\tlon\tfeatureClass\tfeatureCode\tcountry"
          + "\tgnAdmin1\tadmin1\tregionId\tpopulation\tkeys@";

  /** The header line the current code writes. */
  public static final String HEADER = COLUMNS_HEADER + NameNormalizer.VERSION;

  private static final int COLUMNS = 14;

  /** Receives each locality in file order. */
  @FunctionalInterface
  public interface Sink {
    /**
     * @param place the locality, with id {@code firstId + line number - 1}
     * @param keys its distinct normalised name keys, comma-separated (never empty)
     */
    void accept(Place place, String keys);
  }

  private LocalityFile() {}

  /**
   * Streams the localities of {@code file} to {@code sink}; answers how many were read.
   *
   * @throws IOException when the file is missing or malformed
   */
  public static int read(Path file, int firstId, Sink sink) throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      String header = in.readLine();
      if (header == null || !header.startsWith(COLUMNS_HEADER)) {
        throw new IOException(file + " does not start with the expected header");
      }
      boolean keysCurrent = header.equals(HEADER);
      Map<String, String> canonical = new HashMap<>(1024);
      String[] f = new String[COLUMNS];
      int n = 0;
      String line;
      while ((line = in.readLine()) != null) {
        split(line, f);
        Place p =
            new Place(
                firstId + n,
                Place.Kind.LOCALITY,
                f[1],
                canonical.computeIfAbsent(f[8], k -> k),
                f[10].isEmpty() ? null : canonical.computeIfAbsent(f[10], k -> k),
                Integer.valueOf(f[0]),
                null,
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                Long.parseLong(f[12]),
                canonical.computeIfAbsent(f[7], k -> k));
        sink.accept(p, keysCurrent ? f[13] : keys(f[1], f[2], f[3]));
        n++;
      }
      return n;
    }
  }

  /**
   * The distinct normalised keys of a name, its ASCII name and its comma-separated alternate names,
   * comma-separated in that order (what the {@code keys} column holds).
   */
  public static String keys(String name, String asciiName, String altNames) {
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
    keys.add(NameNormalizer.normalize(name));
    keys.add(NameNormalizer.normalize(asciiName));
    for (String a : altNames.split(",")) {
      keys.add(NameNormalizer.normalize(a));
    }
    keys.remove("");
    return String.join(",", keys);
  }

  private static void split(String line, String[] out) throws IOException {
    int start = 0;
    for (int i = 0; i < COLUMNS - 1; i++) {
      int tab = line.indexOf('\t', start);
      if (tab < 0) {
        throw new IOException("too few columns: " + line);
      }
      out[i] = line.substring(start, tab);
      start = tab + 1;
    }
    out[COLUMNS - 1] = line.substring(start);
  }
}
