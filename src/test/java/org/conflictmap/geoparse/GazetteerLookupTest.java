package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictmap.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerLookupTest {
  static GazetteerLookup lookup;

  @BeforeAll
  static void load() {
    lookup = new GazetteerLookup(Gazetteer.loadDefault());
  }

  private static List<String> countries(String cyrillic) {
    return lookup.candidates(lookup.normalise(cyrillic)).stream().map(Candidate::country).toList();
  }

  @Test
  void a_common_word_read_in_latin_letters_is_no_foreign_place() {
    // "Сили оборони" (the defence forces): "Сили" read as "Sili" is an alternate name of Chile
    assertTrue(!countries("Сили").contains("CL"), () -> "Сили: " + countries("Сили"));
  }

  @Test
  void a_foreign_place_is_found_by_its_own_name_in_latin_letters() {
    assertTrue(countries("Берлін").contains("DE"), () -> "Берлін: " + countries("Берлін"));
  }
}
