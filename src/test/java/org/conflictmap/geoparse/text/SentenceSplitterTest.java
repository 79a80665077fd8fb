package org.conflictmap.geoparse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  @Test
  void sentences_keep_exact_offsets_into_the_report() {
    String text =
        "Troops moved at dawn.  Gen. Petrenko said the U.S. team left. \"Shells fell,\" he added!";
    List<Sentence> s = SentenceSplitter.split(text);
    assertEquals(3, s.size());
    for (Sentence x : s) {
      assertEquals(text.substring(x.start(), x.end()), x.text());
    }
    assertEquals("Troops moved at dawn.", s.get(0).text());
    assertEquals("Gen. Petrenko said the U.S. team left.", s.get(1).text());
    assertEquals("\"Shells fell,\" he added!", s.get(2).text());
  }

  @Test
  void a_headline_on_its_own_line_is_its_own_sentence_and_opens_a_paragraph() {
    String text = "Drones Hit Depot Near Lutsk\nA fuel depot burned on Monday. Nobody was hurt.";
    List<Sentence> s = SentenceSplitter.split(text);
    assertEquals(List.of(true, true, false), s.stream().map(Sentence::paragraphStart).toList());
    assertEquals("Drones Hit Depot Near Lutsk", s.get(0).text());
  }

  @Test
  void initials_do_not_end_a_sentence_but_a_lower_case_continuation_does_not_start_one() {
    List<Sentence> s = SentenceSplitter.split("J. R. Miller wrote it. then he left.");
    assertEquals(1, s.size());
  }
}
