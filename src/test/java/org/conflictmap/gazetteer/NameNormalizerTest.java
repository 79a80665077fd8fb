package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {

  @ParameterizedTest(name = "\"{0}\" normalises to \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Donetsk|donetsk",
        "DONETSK|donetsk",
        "Donets'k|donetsk",
        "Donets’k|donetsk",
        "Donetsʼk|donetsk",
        "Donețk|donetk",
        "Kraków|krakow",
        "Łódź|lodz",
        "Straße|strasse",
        "  Kryvyi   Rih |kryvyi rih",
        "Kryvyi-Rih|kryvyi rih",
        "Kryvyi – Rih|kryvyi rih",
        "St. Petersburg|st petersburg",
        "Київ|київ",
        "КИЇВ|київ",
        "Донецьк|донецк",
        "Донецк|донецк",
        "Королёв|королев",
        "Sankt-Peterburg (Russia)|sankt peterburg russia"
      })
  void normalises_case_diacritics_apostrophes_hyphens_and_spaces(String in, String out) {
    assertEquals(out, NameNormalizer.normalize(in));
  }

  @ParameterizedTest(name = "\"{0}\" is a fixed point after one pass")
  @CsvSource({"Donets'k", "Kyïv", "Sant Julià de Lòria", "Харків", "'s-Hertogenbosch"})
  void normalising_twice_changes_nothing(String in) {
    String once = NameNormalizer.normalize(in);
    assertEquals(once, NameNormalizer.normalize(once));
  }

  @ParameterizedTest(name = "\"{0}\" + \"{1}\" compose word by word")
  @CsvSource(
      delimiter = '|',
      value = {"Donets'k|Oblast'", "Kryvyi-|-Rih", "Sant Julià|de Lòria", "Київ,|(Ukraine)"})
  void keys_of_token_sequences_are_joined_keys_of_the_tokens(String a, String b) {
    assertEquals(
        NameNormalizer.normalize(a) + " " + NameNormalizer.normalize(b),
        NameNormalizer.normalize(a + " " + b));
  }

  @Test
  void names_without_letters_or_digits_normalise_to_empty() {
    assertEquals("", NameNormalizer.normalize(" - ' ’ "));
    assertEquals("", NameNormalizer.normalize(null));
  }

  @ParameterizedTest(name = "\"{0}\" is also written \"{1}\"")
  @CsvSource({
    "Київ, kyiv",
    "Киев, kiev",
    "Донецьк, donetsk",
    "Харків, kharkiv",
    "Харьков, kharkov",
    "Дженін, jenin",
    "Джанкой, dzhankoi"
  })
  void cyrillic_names_have_their_common_latin_spellings(String cyrillic, String latin) {
    List<String> t = NameNormalizer.transliterations(NameNormalizer.normalize(cyrillic));
    assertTrue(t.contains(latin), () -> cyrillic + " gave " + t);
  }

  @Test
  void latin_names_have_no_transliterations() {
    assertEquals(List.of(), NameNormalizer.transliterations("kyiv"));
  }

  @ParameterizedTest(name = "\"{0}\" is written \"{1}\" in German and \"{2}\" in French")
  @CsvSource({
    "pokrovsk, pokrowsk, ''",
    "kurakhove, kurachowe, kourakhove",
    "chasiv yar, tschassiw jar, tchassiv iar",
    "zaporizhzhia, saporischschja, zaporijjia",
    "vuhledar, wuhledar, vouhledar",
    "toretsk, torezk, ''",
    "izium, isjum, izioum",
    "shchastia, schtschastja, chtchastia"
  })
  void english_romanisations_have_their_german_and_french_spellings(
      String english, String german, String french) {
    List<String> expected = french.isEmpty() ? List.of(german) : List.of(german, french);
    List<String> spellings = NameNormalizer.westernSpellings(english);
    assertEquals(expected, spellings.subList(0, Math.min(expected.size(), spellings.size())));
  }

  @Test
  void a_german_double_s_between_vowels_is_also_written_single() {
    assertTrue(
        NameNormalizer.westernSpellings("velyka novosilka").contains("welyka nowosilka"),
        NameNormalizer.westernSpellings("velyka novosilka")::toString);
  }

  @Test
  void short_names_and_names_spelt_alike_have_no_western_spellings() {
    assertEquals(List.of(), NameNormalizer.westernSpellings("bar"));
    assertEquals(List.of(), NameNormalizer.westernSpellings("kramatorsk"));
  }

  @ParameterizedTest(name = "\"{0}\" is \"{1}\" in Ukraine's romanisation")
  @CsvSource({
    "hulyaypole, huliaipole",
    "izyum, izium",
    "kurakhovo, kurakhove",
    "energodar, enerhodar",
    "pervomayskoye, pervomaiske",
    "yahotyn, ''"
  })
  void older_romanisations_have_their_ukrainian_spelling(String geonames, String national) {
    List<String> spellings = NameNormalizer.ukrainianSpellings(geonames);
    if (national.isEmpty()) {
      assertEquals(List.of(), spellings);
    } else {
      assertTrue(spellings.contains(national), spellings::toString);
    }
  }

  @ParameterizedTest(name = "\"{0}\" is written \"{1}\" in the news")
  @CsvSource({
    "dayr al balah, deir al balah;deir el balah",
    "bayt hanun, beit hanun",
    "khan yunis, khan younis",
    "tall abyad, tel abyad",
    "dayr az zawr, deir az zawr"
  })
  void arabic_romanisations_have_their_news_spellings(String geonames, String news) {
    assertEquals(List.of(news.split(";")), NameNormalizer.arabicNewsSpellings(geonames));
  }

  @Test
  void arabic_names_without_such_words_have_no_news_spellings() {
    assertEquals(List.of(), NameNormalizer.arabicNewsSpellings("halab"));
    assertEquals(List.of(), NameNormalizer.arabicNewsSpellings("al hasakah"));
  }

  @ParameterizedTest(name = "\"{0}\" has {1} tokens")
  @CsvSource({"'', 0", "kyiv, 1", "kryvyi rih, 2", "sant julia de loria, 4"})
  void token_count_is_words_of_the_key(String key, int tokens) {
    assertEquals(tokens, NameNormalizer.tokenCount(key));
  }
}
