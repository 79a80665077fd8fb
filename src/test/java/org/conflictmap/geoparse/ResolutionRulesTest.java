package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.conflictmap.store.Event.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resolution rules of {@link Resolver} and {@link WorldNames}, one case each. */
class ResolutionRulesTest {
  final Geoparser geoparser = new Geoparser(FixtureLookup.standard());

  private List<Mention> mentions(String text) {
    return geoparser.parse(text, LocalDate.of(2025, 4, 9), "en").mentions();
  }

  @Test
  void the_same_name_means_the_same_place_throughout_a_report() {
    List<Mention> m =
        mentions(
            "Shelling hit Pokrovsk in the Donetsk region. Later, Pokrovsk was hit again by drones.");
    List<String> countries =
        m.stream().filter(x -> x.surface().equals("Pokrovsk")).map(Mention::country).toList();
    assertEquals(List.of("UA", "UA"), countries);
  }

  @Test
  void a_name_three_places_fit_equally_is_left_out() {
    assertTrue(mentions("Fighting broke out in Springfield overnight.").isEmpty());
  }

  @Test
  void common_names_and_abbreviations_of_countries_are_found() {
    List<String> got =
        mentions("Britain and the U.S. sent aid; America and the UK pledged more.").stream()
            .map(m -> m.surface() + "=" + m.country())
            .toList();
    assertEquals(List.of("Britain=GB", "U.S.=US", "America=US", "UK=GB"), got);
  }

  @Test
  void a_large_country_is_placed_at_its_conventional_centre() {
    Mention russia = mentions("Drones were launched from Russia.").get(0);
    assertEquals(60.0, russia.lat(), 1e-9);
    assertEquals(100.0, russia.lon(), 1e-9);
  }

  @Test
  void continents_and_unions_are_mentions_without_a_country_and_never_events() {
    GeoparseResult r =
        geoparser.parse(
            "Protests spread across Europe as EU leaders met.", LocalDate.of(2025, 4, 9), "en");
    assertEquals(List.of("Europe", "EU"), r.mentions().stream().map(Mention::surface).toList());
    assertTrue(
        r.mentions().stream().allMatch(m -> m.country() == null && m.role() == Role.context));
    assertTrue(r.events().isEmpty());
  }

  @ParameterizedTest(name = "\"{0}\" is the {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Drones struck Kherson before dawn.|locality",
        "Two people died when shells hit Kherson on Monday.|locality",
        "Drones struck the Kherson region before dawn.|admin1",
        "Drones struck Kherson Oblast before dawn.|admin1",
        "Artillery shelled the outskirts of Kherson all night.|locality",
      })
  void a_bare_name_shared_by_a_region_and_its_seat_is_the_city(String text, String kind) {
    Mention m = mentions(text).get(0);
    assertTrue(m.surface().startsWith("Kherson"), m::toString);
    assertEquals(PlaceKind.valueOf(kind), m.kind());
  }

  @Test
  void a_small_seat_does_not_take_the_name_from_its_region() {
    assertEquals(PlaceKind.admin1, mentions("Drones struck Cherkasy before dawn.").get(0).kind());
  }

  @Test
  void the_attackers_nationality_does_not_pull_the_site_into_their_country() {
    Mention m = mentions("Footage shows Russian forces advancing west of Pokrovsk.").get(1);
    assertEquals("Pokrovsk", m.surface());
    assertEquals("UA", m.country());
  }
}
