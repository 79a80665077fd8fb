package org.conflictmap.gazetteer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeodataBuilderTest {

  @ParameterizedTest(name = "iso_3166_2 {0} with iso_a2 {1} becomes {2}")
  @CsvSource({
    "UA-43, RU, UA-43",
    "UA-40, RU, UA-40",
    "RU-KRS, RU, RU-KRS",
    "SI-054, SI, SI-054",
    "XK-X02~, XK, XK-X02",
    "-99-X11~, SO, SO-X11",
    "AE-X01~, AE, AE-X01"
  })
  void well_formed_codes_are_kept_and_placeholders_take_the_country_prefix(
      String iso, String isoA2, String code) {
    assertEquals(code, GeodataBuilder.regionCode(iso, isoA2));
  }

  @ParameterizedTest(name = "''{0}'' with iso_a2 ''{1}'' has no code")
  @CsvSource({"-99-X11~, -99", "'', ''"})
  void placeholders_without_a_country_are_refused(String iso, String isoA2) {
    assertThrows(IllegalArgumentException.class, () -> GeodataBuilder.regionCode(iso, isoA2));
  }

  @ParameterizedTest(name = "\"{0}\" kept: {1}")
  @CsvSource({
    "Donetsk, true",
    "Донецьк, true",
    "Donețk, true",
    "Sant Julià de Lòria, true",
    "St. John's 2, true",
    "دونتسک, false",
    "頓涅茨克, false",
    "Донецк балһсн, true",
    "도네츠크, false"
  })
  void only_latin_and_cyrillic_alternate_names_are_kept(String name, boolean kept) {
    assertEquals(kept, GeodataBuilder.isLatinOrCyrillic(name));
  }
}
