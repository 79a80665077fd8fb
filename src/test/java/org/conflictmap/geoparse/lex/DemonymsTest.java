package org.conflictmap.geoparse.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conflictmap.geoparse.text.Tokenizer;
import org.junit.jupiter.api.Test;

class DemonymsTest {
  final Demonyms demonyms = Demonyms.standard();

  private List<String> found(String text) {
    return demonyms.find(Tokenizer.tokens(text), text).stream()
        .map(a -> a.surface() + "=" + a.country())
        .toList();
  }

  @Test
  void adjectives_and_demonyms_name_their_country_with_exact_spans() {
    assertEquals(
        List.of("Ukrainian=UA", "North Korean=KP", "Chinese=CN", "Russian=RU", "Nepalese=NP"),
        found(
            "Ukrainian units faced North Korean and Chinese-made Russian kit, and Nepalese recruits."));
  }

  @Test
  void lower_case_lookalikes_and_unrelated_words_are_not_adjectives() {
    assertEquals(
        List.of(), found("The poles were painted; turkey was served; china plates broke."));
  }

  @Test
  void inflected_slavic_and_german_forms_are_found() {
    assertEquals(
        List.of("російські=RU", "Ukrainische=UA"),
        found("російські війська; Ukrainische Soldaten"));
  }
}
