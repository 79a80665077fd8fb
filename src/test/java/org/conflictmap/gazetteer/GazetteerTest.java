package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.conflictmap.gazetteer.Place.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Against the committed geodata files (read from ./geodata, nothing downloaded). */
class GazetteerTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.loadDefault();
  }

  private static List<Place> localities(String name) {
    return gazetteer.lookup(name).stream().filter(p -> p.kind() == Kind.LOCALITY).toList();
  }

  private static boolean has(List<Place> ps, Kind kind, String name, String admin1) {
    return ps.stream()
        .anyMatch(p -> p.kind() == kind && p.name().equals(name) && admin1.equals(p.admin1()));
  }

  @Test
  void donetsk_names_the_city_the_oblast_and_the_town_in_rostov_oblast() {
    List<Place> found = gazetteer.lookup("Donetsk");
    assertTrue(has(found, Kind.LOCALITY, "Donetsk", "UA-14"), () -> "city: " + found);
    assertTrue(has(found, Kind.ADMIN1, "Donetsk", "UA-14"), () -> "oblast: " + found);
    assertTrue(has(found, Kind.LOCALITY, "Donetsk", "RU-ROS"), () -> "Rostov: " + found);
  }

  @Test
  void donetsk_ranks_the_city_first_then_the_oblast_then_the_smaller_town() {
    List<Candidate> ranked = gazetteer.search("Donetsk", null, null, 3);
    assertEquals(
        List.of("locality UA-14", "admin1 UA-14", "locality RU-ROS"),
        ranked.stream().map(c -> c.place().kind().wireName() + " " + c.place().admin1()).toList());
  }

  @ParameterizedTest(name = "\"{0}\" finds Kyiv the city in UA-30")
  @CsvSource({"Kiev", "Kyiv", "Київ", "Киев", "KIEV", "Kyïv"})
  void every_spelling_of_kyiv_finds_the_capital(String spelling) {
    Candidate best = gazetteer.search(spelling, null, Kind.LOCALITY, 1).get(0);
    assertEquals("Kyiv", best.place().name());
    assertEquals("UA-30", best.place().admin1());
    assertEquals("PPLC", best.place().featureCode());
  }

  @ParameterizedTest(name = "\"{0}\" finds Donetsk the city")
  @CsvSource({"Donets'k", "Donets’k", "Донецьк", "Донецк", "donetsk"})
  void apostrophes_and_scripts_do_not_hide_donetsk(String spelling) {
    assertTrue(has(gazetteer.lookup(spelling), Kind.LOCALITY, "Donetsk", "UA-14"));
  }

  @ParameterizedTest(name = "\"{0}\" is region {1}")
  @CsvSource({
    "Donetsk Oblast, UA-14",
    "Kursk Oblast, RU-KRS",
    "Курская область, RU-KRS",
    "Донецька область, UA-14",
    "Crimea, UA-43"
  })
  void regions_are_found_under_the_names_reports_give_them(String name, String code) {
    assertTrue(
        gazetteer.lookup(name).stream()
            .anyMatch(p -> p.kind() == Kind.ADMIN1 && p.admin1().equals(code)),
        () -> name + " gave " + gazetteer.lookup(name));
  }

  @ParameterizedTest(name = "\"{0}\" is not a country")
  @CsvSource({"us", "in", "it", "no"})
  void country_codes_are_not_names(String word) {
    assertTrue(
        gazetteer.lookup(word).stream().noneMatch(p -> p.kind() == Kind.COUNTRY),
        () -> word + " gave " + gazetteer.lookup(word));
  }

  @Test
  void german_and_french_spellings_find_ukrainian_towns_listed_under_english_names() {
    assertTrue(has(gazetteer.lookup("Pokrowsk"), Kind.LOCALITY, "Pokrovsk", "UA-14"));
    assertTrue(has(gazetteer.lookup("Tschassiw Jar"), Kind.LOCALITY, "Chasiv Yar", "UA-14"));
    assertTrue(has(gazetteer.lookup("Tchassiv Iar"), Kind.LOCALITY, "Chasiv Yar", "UA-14"));
    assertTrue(has(gazetteer.lookup("Orichiw"), Kind.LOCALITY, "Orikhiv", "UA-23"));
  }

  @Test
  void arabic_names_are_found_without_their_article() {
    assertTrue(
        gazetteer.lookup("Hodeidah").stream().anyMatch(p -> "YE".equals(p.country())),
        () -> "Hodeidah: " + gazetteer.lookup("Hodeidah"));
  }

  @Test
  void kharkov_is_kharkiv() {
    assertTrue(has(gazetteer.lookup("Kharkov"), Kind.LOCALITY, "Kharkiv", "UA-63"));
  }

  @Test
  void artemivsk_the_old_name_finds_bakhmut_in_donetsk_oblast() {
    List<Place> found = localities("Artemivsk");
    assertTrue(has(found, Kind.LOCALITY, "Bakhmut", "UA-14"), () -> "got " + found);
    Candidate inDonetskOblast =
        gazetteer.search("Artemivsk", "UA", Kind.LOCALITY, 10).stream()
            .filter(c -> "UA-14".equals(c.place().admin1()))
            .findFirst()
            .orElseThrow();
    assertEquals("Bakhmut", inDonetskOblast.place().name());
    assertEquals(713174, inDonetskOblast.place().geonameId());
  }

  @Test
  void artemivsk_ranks_bakhmut_the_larger_town_first() {
    Candidate best = gazetteer.search("Artemivsk", null, Kind.LOCALITY, 1).get(0);
    assertEquals("Bakhmut", best.place().name());
  }

  @Test
  void pokrovsk_is_both_in_donetsk_oblast_and_in_sakha() {
    List<Place> found = localities("Pokrovsk");
    assertTrue(has(found, Kind.LOCALITY, "Pokrovsk", "UA-14"), () -> "got " + found);
    assertTrue(has(found, Kind.LOCALITY, "Pokrovsk", "RU-SA"), () -> "got " + found);
  }

  @Test
  void sudzha_is_in_kursk_oblast() {
    Place sudzha = localities("Sudzha").get(0);
    assertEquals("RU", sudzha.country());
    assertEquals("RU-KRS", sudzha.admin1());
  }

  @Test
  void country_filter_keeps_only_that_country() {
    List<Candidate> ru = gazetteer.search("Donetsk", "RU", null, 10);
    assertFalse(ru.isEmpty());
    assertTrue(ru.stream().allMatch(c -> c.place().country().equals("RU")));
  }

  @Test
  void candidates_come_best_first_and_within_the_limit() {
    List<Candidate> found = gazetteer.search("Pokrovsk", null, null, 3);
    assertEquals(3, found.size());
    for (int i = 1; i < found.size(); i++) {
      assertTrue(found.get(i - 1).score() >= found.get(i).score());
    }
  }

  @ParameterizedTest(name = "{0} is {1}, country {2}")
  @CsvSource({
    "UA-43, Autonomous Republic of Crimea, UA",
    "UA-40, Sevastopol, UA",
    "UA-14, Donetsk, UA",
    "RU-KRS, Kursk, RU",
    "ua-30, Kyiv, UA"
  })
  void regions_are_found_by_iso_3166_2_code_and_belong_to_the_code_prefix(
      String code, String name, String country) {
    Place r = gazetteer.region(code).orElseThrow();
    assertEquals(Kind.ADMIN1, r.kind());
    assertEquals(name, r.name());
    assertEquals(country, r.country());
    assertTrue(r.admin1().startsWith(r.country() + "-"));
  }

  @Test
  void every_region_code_starts_with_its_country() {
    assertTrue(gazetteer.regions().size() >= 4000);
    for (Boundary b : gazetteer.regions()) {
      assertEquals(b.place().country(), b.code().substring(0, 2), b.id());
      assertTrue(gazetteer.countryBoundary(b.place().country()).isPresent(), b.id());
    }
  }

  @Test
  void the_committed_files_hold_what_the_build_reported_and_fit_the_size_budget() throws Exception {
    java.nio.file.Path dir = Gazetteer.defaultDirectory();
    com.fasterxml.jackson.databind.JsonNode stats =
        org.conflictmap.Json.MAPPER.readTree(dir.resolve("build-stats.json").toFile());
    int countries = stats.get("countries").asInt();
    int regions = stats.get("regions").asInt();
    int localities = stats.get("localities").asInt();
    assertEquals(4596, regions);
    assertTrue(localities > 130_000, () -> "localities: " + localities);
    assertEquals(countries, gazetteer.countries().size());
    assertEquals(regions, gazetteer.regions().size());
    assertEquals(countries + regions + localities, gazetteer.size());
    for (String f :
        List.of(Gazetteer.COUNTRIES_FILE, Gazetteer.REGIONS_FILE, Gazetteer.LOCALITIES_FILE)) {
      long size = java.nio.file.Files.size(dir.resolve(f));
      assertTrue(size <= 25L * 1024 * 1024, () -> f + " is " + size + " bytes");
    }
  }

  @Test
  void countries_are_found_by_iso2() {
    assertEquals("Ukraine", gazetteer.country("UA").orElseThrow().name());
    assertEquals(Optional.empty(), gazetteer.country("QQ"));
  }

  @Test
  void localities_link_to_regions_of_their_own_data() {
    Place simferopol = localities("Simferopol").get(0);
    assertEquals("UA-43", simferopol.admin1());
    assertEquals("UA", simferopol.country());
    Place sevastopol = localities("Sevastopol").get(0);
    assertEquals("UA-40", sevastopol.admin1());
  }

  @Test
  void the_longest_name_has_several_tokens() {
    assertTrue(gazetteer.maxNameTokens() >= 5, () -> "got " + gazetteer.maxNameTokens());
  }

  @ParameterizedTest(name = "({0}, {1}) is in {2}, {3}")
  @CsvSource({
    "48.0, 37.8, UA-14, UA",
    "51.2, 35.27, RU-KRS, RU",
    "45.0, 34.1, UA-43, UA",
    "44.6, 33.5, UA-40, UA",
    "50.45, 30.52, UA-30, UA",
    "52.52, 13.40, DE-BE, DE"
  })
  void reverse_geocoding_finds_region_and_country(
      double lat, double lon, String region, String country) {
    RegionMatch m = gazetteer.reverse(lat, lon).orElseThrow();
    assertEquals(region, m.region().code());
    assertEquals(country, m.country().code());
  }

  @Test
  void nearly_every_linked_locality_reverse_geocodes_to_its_own_region() {
    int first = gazetteer.countries().size() + gazetteer.regions().size();
    int linked = 0;
    int same = 0;
    for (int id = first; id < gazetteer.size(); id += 7) {
      Place p = gazetteer.place(id);
      if (p.admin1() != null) {
        linked++;
        Optional<RegionMatch> m = gazetteer.reverse(p.lat(), p.lon());
        if (m.isPresent() && m.get().region().code().equals(p.admin1())) {
          same++;
        }
      }
    }
    double share = (double) same / linked;
    assertTrue(share > 0.98, () -> "only " + share);
  }

  @ParameterizedTest(name = "({0}, {1}) is at sea")
  @CsvSource({"43.5, 34.0", "0.0, 0.0", "-40.0, -30.0"})
  void points_at_sea_are_in_no_region(double lat, double lon) {
    assertEquals(Optional.empty(), gazetteer.reverse(lat, lon));
  }

  @Test
  void non_finite_coordinates_are_in_no_region() {
    assertEquals(Optional.empty(), gazetteer.reverse(Double.NaN, 37.8));
  }
}
