package org.conflictmap.geoparse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void hyphens_separate_words_and_possessives_are_cut_off() {
    List<String> words =
        Tokenizer.tokens("Kyiv's mayor visited Ivano-Frankivsk, O'Hare and Zaporizhzhia’s port.")
            .stream()
            .map(Token::text)
            .toList();
    assertEquals(
        List.of(
            "Kyiv",
            "s",
            "mayor",
            "visited",
            "Ivano",
            "Frankivsk",
            "O'Hare",
            "and",
            "Zaporizhzhia",
            "s",
            "port"),
        words);
  }

  @Test
  void french_elided_words_stand_apart_from_the_name_after_them() {
    List<String> words =
        Tokenizer.tokens("Frappes près d'Avdiivka et sur l’Ukraine, jusqu'à Kiev, aujourd'hui.")
            .stream()
            .map(Token::text)
            .toList();
    assertEquals(
        List.of(
            "Frappes",
            "près",
            "d",
            "Avdiivka",
            "et",
            "sur",
            "l",
            "Ukraine",
            "jusqu",
            "à",
            "Kiev",
            "aujourd'hui"),
        words);
  }
}
