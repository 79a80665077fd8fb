package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places the gazetteer does not list ({@link UnlistedPlaceFinder}) and how they reach the map
 * ({@link Containers}). The fixture gazetteer holds none of the village names used here.
 */
class UnlistedPlacesTest {
  final Geoparser geoparser = new Geoparser(FixtureLookup.standard());

  private GeoparseResult parse(String text) {
    return geoparser.parse(text, LocalDate.of(2025, 4, 9), "en");
  }

  private static List<String> unresolved(GeoparseResult r) {
    return r.mentions().stream().filter(m -> !m.resolved()).map(Mention::surface).toList();
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Troops stormed the village of Kafr Tamra before dawn.|Kafr Tamra",
        "Two people died when a shell hit Zarichnyi district on Monday.|Zarichnyi",
        "Gunmen attacked Lisova Poliana, a small village, at dawn.|Lisova Poliana",
        "Heavy fighting went on near Hlyboke overnight.|Hlyboke",
        "Artillery pounded the Kalyna Roundabout for hours.|Kalyna Roundabout",
        "Drones struck a depot in Tal al-Hamra on Sunday.|Tal al-Hamra",
        "Drones kept targeting the strategic Azot Chemical Plant.|Azot Chemical Plant",
        "The Kalyna Hotel was shelled overnight.|Kalyna Hotel",
      })
  void a_name_its_words_mark_as_a_place_is_an_event_site(String text, String name) {
    GeoparseResult r = parse(text);
    Mention m = r.mentions().stream().filter(x -> x.surface().equals(name)).findFirst().get();
    assertEquals(Role.event, m.role());
    assertNull(m.lat());
    assertNull(m.kind());
    assertTrue(r.events().isEmpty(), "no containing place, no dot: " + r.events());
  }

  @ParameterizedTest(name = "nothing unlisted in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "The minister spoke in Parliament after the strike.",
        "A prisoner was shown speaking in Mandarin after the attack.",
        "Police said President Novak was attacked in the street.",
        "Several soldiers were killed in January near the front.",
        "The attack was condemned by Amnesty International in London.",
        "A Jewish neighbourhood was shelled on Friday.",
        "Fighters captured Ivan Petrenko during a raid.",
        "In the village of Kafr Tamra, Yusuf Haddad, 55, was shot dead.",
        "In the village of Kafr Tamra, Yusuf Haddad, the head of the council, was shot dead.",
        "Near the village of Kafr Tamra, Harakat Nour fighters shelled an army post.",
      })
  void names_of_people_groups_months_and_languages_are_not_places(String text) {
    assertEquals(
        List.of(),
        unresolved(parse(text)).stream()
            .filter(s -> !s.equals("London") && !s.equals("Kafr Tamra"))
            .toList());
  }

  @Test
  void every_item_of_a_list_of_villages_is_a_site() {
    GeoparseResult r =
        parse(
            "Jets struck militants at the villages of Al-Rumaila, Zawiyat, Al-Ghanam and Tell Sawda.");
    assertEquals(List.of("Al-Rumaila", "Zawiyat", "Al-Ghanam", "Tell Sawda"), unresolved(r));
    assertTrue(r.mentions().stream().allMatch(m -> m.role() == Role.event), r::toString);
  }

  @Test
  void a_village_in_a_named_region_is_drawn_at_the_region_with_precision_2() {
    GeoparseResult r = parse("Troops stormed the village of Kafr Tamra in the Kharkiv region.");
    assertEquals(List.of("Kafr Tamra"), unresolved(r));
    assertEquals(1, r.events().size(), r::toString);
    GeoparseEvent e = r.events().get(0);
    assertEquals("UA-63", e.place().admin1());
    assertEquals(2, e.geoPrecision());
    Mention region =
        r.mentions().stream().filter(m -> m.surface().equals("Kharkiv region")).findFirst().get();
    assertEquals(Role.context, region.role(), "the region only says where the village is");
  }

  @Test
  void a_district_of_a_town_is_drawn_at_the_town_with_precision_2() {
    for (String text :
        List.of(
            "Shells hit the Saltivka district of Kharkiv early on Monday morning.",
            "Shells hit Kharkiv's Saltivka district early on Monday morning.",
            "Fighting went on in Hlyboke and Lyptsi, north of Kharkiv.")) {
      GeoparseResult r = parse(text);
      assertEquals(1, r.events().size(), r::toString);
      assertEquals("Kharkiv", r.events().get(0).place().name(), text);
      assertEquals(2, r.events().get(0).geoPrecision(), text);
      assertFalse(unresolved(r).isEmpty(), text);
    }
  }

  @Test
  void a_region_of_the_sentence_holds_an_unlisted_site_and_only_qualifies_it() {
    GeoparseResult r =
        parse("In the Kharkiv region, gunmen attacked the village of Kafr Tamra overnight.");
    assertEquals(1, r.events().size(), r::toString);
    assertEquals("UA-63", r.events().get(0).place().admin1());
    assertEquals(2, r.events().get(0).geoPrecision());
    assertTrue(
        r.mentions().stream().filter(Mention::resolved).allMatch(m -> m.role() == Role.context));
  }

  @Test
  void a_distance_reference_only_locates_the_site_it_measures_from() {
    GeoparseResult r =
        parse("A man was shot dead in Kafr Tamra, 20 km south of Kharkiv, on Sunday.");
    Mention kharkiv =
        r.mentions().stream().filter(m -> m.surface().equals("Kharkiv")).findFirst().get();
    assertEquals(Role.context, kharkiv.role());
    assertEquals(1, r.events().size(), r::toString);
    assertEquals("Kharkiv", r.events().get(0).place().name());
    assertEquals(2, r.events().get(0).geoPrecision());
  }
}
