package org.conflictmap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads {@code geodata/localities.tsv.gz}: GeoNames cities1000 as written by the geodata build,
 * UTF-8, one locality a line after a header line, tab-separated columns {@value #HEADER}.
 *
 * <p>{@code altNames} is comma-separated (Latin and Cyrillic scripts only); {@code gnAdmin1} is the
 * raw GeoNames admin1 code, {@code admin1} the ISO 3166-2 code of the linked region and {@code
 * regionId} that region's Natural Earth {@code adm1_code} (both empty when unlinked).
 *
 * <p>Stateless and thread-safe.
 */
public final class LocalityFile {
  /** The header line, tab-separated. */
  public static final String HEADER =
      "geonameId\tname\tasciiName\taltNames\tlat\tlon\tfeatureClass\tfeatureCode\tcountry"
          + "\tgnAdmin1\tadmin1\tregionId\tpopulation";

  private static final int COLUMNS = 13;

  /** Receives each locality in file order. */
  @FunctionalInterface
  public interface Sink {
    /**
     * @param place the locality, with id {@code firstId + line number - 1}
     * @param asciiName GeoNames' ASCII name (may equal the name)
     * @param altNames comma-separated alternate names, possibly empty
     */
    void accept(Place place, String asciiName, String altNames);
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
      if (!HEADER.equals(header)) {
        throw new IOException(file + " does not start with the expected header");
      }
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
                f[8].intern(),
                f[10].isEmpty() ? null : f[10].intern(),
                Integer.valueOf(f[0]),
                null,
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                Long.parseLong(f[12]),
                f[7].intern());
        sink.accept(p, f[2], f[3]);
        n++;
      }
      return n;
    }
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
