package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.conflictmap.store.Event.PlaceKind;
import org.junit.jupiter.api.Test;

/** How names in text become mentions and resolve, on sentences written for each case. */
class MentionFindingTest {
  final Geoparser geoparser = new Geoparser(FixtureLookup.standard());

  private List<Mention> mentions(String text) {
    return geoparser.parse(text, LocalDate.of(2025, 4, 9), "en").mentions();
  }

  private static String summary(Mention m) {
    return m.surface() + "=" + m.kind() + ":" + (m.admin1() != null ? m.admin1() : m.country());
  }

  @Test
  void a_plural_region_word_makes_every_coordinated_name_a_region() {
    List<String> got =
        mentions("Raids continued in the Kursk and Belgorod regions.").stream()
            .map(MentionFindingTest::summary)
            .toList();
    assertEquals(List.of("Kursk=admin1:RU-KRS", "Belgorod regions=admin1:RU-BEL"), got);
  }

  @Test
  void region_and_oblast_words_join_the_mention_in_any_case() {
    List<String> got =
        mentions(
                "Shelling hit the Donetsk Oblast and the Kharkiv oblast; the Sumy region was calm.")
            .stream()
            .map(MentionFindingTest::summary)
            .toList();
    assertEquals(
        List.of(
            "Donetsk Oblast=admin1:UA-14",
            "Kharkiv oblast=admin1:UA-63",
            "Sumy region=admin1:UA-59"),
        got);
  }

  @Test
  void a_bare_city_name_is_the_city_and_eastern_donetsk_is_the_region() {
    assertEquals("Donetsk=locality:UA-14", summary(mentions("Shells fell on Donetsk.").get(0)));
    assertEquals(PlaceKind.admin1, mentions("Fighting went on in eastern Donetsk.").get(0).kind());
  }

  @Test
  void an_armed_group_named_like_a_village_is_no_mention() {
    List<String> got =
        mentions("Drones struck Taliban positions near Pokrovsk.").stream()
            .map(Mention::surface)
            .toList();
    assertEquals(List.of("Pokrovsk"), got);
  }

  @Test
  void a_possessive_is_cut_off_the_name() {
    Mention kyiv = mentions("Kyiv's mayor said the sirens sounded twice.").get(0);
    assertEquals("Kyiv", kyiv.surface());
    assertEquals(0, kyiv.start());
    assertEquals(4, kyiv.end());
  }

  @Test
  void a_town_near_a_named_region_resolves_inside_it() {
    Mention pokrovsk =
        mentions("Troops held positions near Pokrovsk in the Donetsk region.").get(0);
    assertEquals("UA", pokrovsk.country());
  }

  @Test
  void common_words_and_first_names_that_are_towns_stay_words() {
    List<String> got =
        mentions(
                "Mary said the Split decision at the Bar of the court was Nice news. We flew to Nice.")
            .stream()
            .map(Mention::surface)
            .toList();
    assertEquals(List.of("Nice"), got);
  }

  @Test
  void inflected_ukrainian_and_russian_names_find_their_base_form() {
    List<String> got =
        mentions("Вибухи пролунали у Харкові. Обстрел Харькова продолжился.").stream()
            .map(Mention::name)
            .toList();
    assertEquals(List.of("Kharkiv", "Kharkiv"), got);
  }

  @Test
  void country_abbreviations_keep_their_full_stops() {
    Mention us = mentions("Aid from the U.S. arrived in Kharkiv.").get(0);
    assertEquals("U.S.", us.surface());
    assertEquals("US", us.country());
  }

  @Test
  void adjectives_are_country_mentions_with_form_adjective() {
    Mention m = mentions("North Korean troops arrived.").get(0);
    assertEquals("North Korean", m.surface());
    assertEquals(Form.adjective, m.form());
    assertEquals("KP", m.country());
    assertTrue(m.role() == Role.context);
  }

  @Test
  void small_towns_listed_after_a_place_are_places_too() {
    GeoparseResult r =
        geoparser.parse(
            "Russian forces attacked near Chasiv Yar, Toretsk, and Vuhledar on 8 April.",
            LocalDate.of(2025, 4, 9),
            "en");
    assertEquals(
        List.of("Chasiv Yar", "Toretsk", "Vuhledar"),
        r.events().stream().map(e -> e.place().name()).toList());
    assertTrue(r.events().stream().allMatch(e -> e.geoPrecision() == 2), "near: precision 2");
  }

  @Test
  void a_city_word_after_the_name_makes_it_the_city() {
    Mention m = mentions("Explosions were reported in Belgorod city overnight.").get(0);
    assertEquals(PlaceKind.locality, m.kind());
  }
}
