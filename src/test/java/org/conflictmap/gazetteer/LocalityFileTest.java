package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalityFileTest {
  @TempDir Path dir;

  private static final String BAKHMUT =
      "713174\tBakhmut\tBakhmut\tArtemivs'k,Артемівськ\t48.59441\t37.99983\tP\tPPLA2\tUA\t05"
          + "\tUA-14\tUKR-327\t80500\t";

  private Path write(String header, String... lines) throws IOException {
    Path f = dir.resolve("localities.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write((header + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return f;
  }

  private static List<String> read(Path f, List<Place> places) throws IOException {
    List<String> keys = new ArrayList<>();
    LocalityFile.read(
        f,
        100,
        (p, k) -> {
          places.add(p);
          keys.add(k);
        });
    return keys;
  }

  @Test
  void keys_written_by_the_current_normaliser_are_trusted() throws IOException {
    Path f = write(LocalityFile.HEADER, BAKHMUT + "precomputed,keys");
    List<Place> places = new ArrayList<>();
    assertEquals(List.of("precomputed,keys"), read(f, places));
    Place p = places.get(0);
    assertEquals(100, p.id());
    assertEquals("Bakhmut", p.name());
    assertEquals("UA-14", p.admin1());
    assertEquals(713174, p.geonameId());
    assertEquals(80500, p.population());
    assertEquals(48.59441, p.lat(), 0);
    assertEquals(37.99983, p.lon(), 0);
  }

  @Test
  void keys_of_another_normaliser_version_are_recomputed_from_the_names() throws IOException {
    String old = LocalityFile.HEADER.replace("keys@" + NameNormalizer.VERSION, "keys@0");
    Path f = write(old, BAKHMUT + "stale");
    assertEquals(List.of("bakhmut,artemivsk,артемівск"), read(f, new ArrayList<>()));
  }

  @Test
  void a_file_with_another_layout_is_refused() throws IOException {
    Path f = write("id\tname", "1\tX");
    assertThrows(IOException.class, () -> read(f, new ArrayList<>()));
  }
}
