package org.conflictmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentHashTest {
  /** The definition the stored hashes were made with. */
  static String reference(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }

  @Test
  void normalises_exactly_as_the_definition_on_random_texts() {
    String alphabet = "aZ9 \t\n\r\u000B\f\u00A0\u2003\u2028\u001Cé\u0065\u0301ﬁ①Ｋ Київ";
    Random random = new Random(7);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      assertEquals(reference(text), ContentHash.normalise(text), text);
    }
  }

  @Test
  void same_text_differently_spaced_or_cased_has_one_hash() {
    assertEquals(
        ContentHash.of("Shelling hit  the\nbridge."), ContentHash.of(" shelling HIT the bridge. "));
    assertEquals(ContentHash.of("ﬁre at Ｋyiv"), ContentHash.of("fire at kyiv"));
    assertNotEquals(
        ContentHash.of("Shelling hit the bridge."), ContentHash.of("Shelling hit a bridge."));
  }
}
