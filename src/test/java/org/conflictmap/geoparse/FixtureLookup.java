package org.conflictmap.geoparse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.conflictmap.store.Event.PlaceKind;

/**
 * A small hand-made gazetteer for geoparser tests: a few real places (coordinates rounded) under
 * their usual names, including the ambiguities the tests need.
 */
final class FixtureLookup implements PlaceLookup {
  private final Map<String, List<Candidate>> byKey = new HashMap<>();
  private final Map<String, Candidate> countries = new HashMap<>();
  private final Map<String, Candidate> regions = new HashMap<>();
  private int maxTokens = 1;

  static FixtureLookup standard() {
    FixtureLookup f = new FixtureLookup();
    f.country("UA", "Ukraine", 49.0, 31.4);
    f.country("RU", "Russia", 61.5, 105.3);
    f.country("CN", "China", 35.9, 104.2);
    f.country("KP", "North Korea", 40.3, 127.5);
    f.country("NP", "Nepal", 28.4, 84.1);
    f.country("US", "United States", 39.8, -98.6, "US", "USA", "America");
    f.country("FR", "France", 46.6, 2.2);
    f.country("HR", "Croatia", 45.1, 15.2);
    f.country("TM", "Turkmenistan", 38.9, 59.6);
    f.country("CH", "Switzerland", 46.8, 8.2);
    f.country("IQ", "Iraq", 33.2, 43.7);
    f.region(
        "UA-14", "Donetsk Oblast", 48.1, 37.8, "Donetsk", "Donetsk Oblast", "Донецька область");
    f.region("UA-63", "Kharkiv Oblast", 49.6, 36.6, "Kharkiv", "Kharkiv Oblast", "Charkiw");
    f.region("UA-59", "Sumy Oblast", 51.0, 34.0, "Sumy", "Sumy Oblast", "Soumy");
    f.region(
        "RU-KRS",
        "Kursk Oblast",
        51.6,
        36.1,
        "Kursk",
        "Kursk Oblast",
        "Курская область",
        "Курська область");
    f.region(
        "RU-BEL",
        "Belgorod Oblast",
        50.7,
        37.4,
        "Belgorod",
        "Belgorod Oblast",
        "Белгородская область",
        "Бєлгородська область");
    f.locality(
        709717L, "Donetsk", "UA", "UA-14", 48.023, 37.802, 929063, "PPLA", "Донецьк", "Донецк");
    f.locality(
        706483L, "Kharkiv", "UA", "UA-63", 49.98, 36.25, 1430885, "PPLA", "Харків", "Харьков",
        "Charkiw");
    // As in the real gazetteer: the region's display name is the bare name its seat has too.
    f.region("UA-65", "Kherson", 46.7, 33.3, "Kherson Oblast", "Херсонська область");
    f.locality(706448L, "Kherson", "UA", "UA-65", 46.64, 32.61, 279131, "PPLA", "Херсон");
    // A seat made small for the test (the real Cherkasy is a city of 270,000).
    f.region("UA-71", "Cherkasy", 49.1, 31.6, "Cherkasy Oblast");
    f.locality(9999001L, "Cherkasy", "UA", "UA-71", 49.44, 32.06, 9000, "PPLA");
    f.locality(692194L, "Sumy", "UA", "UA-59", 50.92, 34.80, 268409, "PPLA", "Суми");
    f.locality(538560L, "Kursk", "RU", "RU-KRS", 51.73, 36.19, 409431, "PPLA", "Курск");
    f.locality(578072L, "Belgorod", "RU", "RU-BEL", 50.61, 36.58, 335635, "PPLA", "Белгород");
    f.locality(
        703448L, "Kyiv", "UA", "UA-30", 50.45, 30.52, 2797553, "PPLC", "Kiev", "Київ", "Киев");
    f.locality(524901L, "Moscow", "RU", "RU-MOW", 55.75, 37.62, 10381222, "PPLC", "Москва");
    f.locality(1816670L, "Beijing", "CN", "CN-BJ", 39.91, 116.40, 18960744, "PPLC");
    f.locality(1871859L, "Pyongyang", "KP", "KP-01", 39.03, 125.75, 3222000, "PPLC");
    f.locality(696643L, "Pokrovsk", "UA", "UA-14", 48.28, 37.18, 60127, "PPL", "Покровськ");
    f.locality(2017155L, "Pokrovsk", "RU", "RU-SA", 61.48, 129.15, 9500, "PPL");
    f.locality(2660646L, "Geneva", "CH", "CH-GE", 46.20, 6.15, 183981, "PPLA");
    f.locality(2990440L, "Nice", "FR", "FR-PAC", 43.70, 7.27, 338620, "PPLA2");
    f.locality(3190261L, "Split", "HR", "HR-17", 43.51, 16.44, 176314, "PPLA");
    f.locality(690688L, "Bar", "UA", "UA-05", 49.08, 27.68, 16000, "PPL");
    f.locality(1218667L, "Mary", "TM", "TM-M", 37.59, 61.83, 123000, "PPLA");
    // A satellite town of Kyiv (id made up, population rounded).
    f.locality(9999002L, "Brovary", "UA", "UA-32", 50.51, 30.79, 109000, "PPL");
    // A village in Turkey that shares its name with an armed movement.
    f.locality(320635L, "Taliban", "TR", "TR-56", 37.98, 41.41, 1500, "PPL");
    f.locality(4140963L, "Washington", "US", "US-DC", 38.90, -77.04, 689545, "PPLC");
    f.country("GB", "United Kingdom", 54.0, -2.0);
    f.locality(712165L, "Chasiv Yar", "UA", "UA-14", 48.59, 37.84, 12000, "PPL");
    f.locality(689558L, "Toretsk", "UA", "UA-14", 48.40, 37.85, 30000, "PPL");
    f.locality(690031L, "Vuhledar", "UA", "UA-14", 47.78, 37.25, 14000, "PPL");
    // Three towns of one name and one size: nothing in a text without context can tell them apart.
    f.locality(1L, "Springfield", "US", "US-IL", 39.80, -89.64, 20000, "PPL");
    f.locality(2L, "Springfield", "US", "US-MA", 42.10, -72.59, 20000, "PPL");
    f.locality(3L, "Springfield", "US", "US-MO", 37.21, -93.29, 20000, "PPL");
    return f;
  }

  private void country(String code, String name, double lat, double lon, String... alt) {
    Candidate c = new Candidate(name, PlaceKind.country, code, null, null, lat, lon, 0, "PCLI");
    countries.put(code, c);
    index(c, name, alt);
  }

  private void region(String code, String name, double lat, double lon, String... alt) {
    Candidate c =
        new Candidate(
            name, PlaceKind.admin1, code.substring(0, 2), code, null, lat, lon, 0, "ADM1");
    regions.put(code, c);
    index(c, name, alt);
  }

  private void locality(
      Long id,
      String name,
      String country,
      String admin1,
      double lat,
      double lon,
      long pop,
      String fc,
      String... alt) {
    index(
        new Candidate(name, PlaceKind.locality, country, admin1, id, lat, lon, pop, fc), name, alt);
  }

  private void index(Candidate c, String name, String... alt) {
    add(name, c);
    for (String a : alt) {
      add(a, c);
    }
  }

  private void add(String name, Candidate c) {
    String key = normalise(name);
    List<Candidate> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(c)) {
      list.add(c);
    }
    maxTokens = Math.max(maxTokens, key.split(" ").length);
  }

  @Override
  public String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("['’ʼьъ]", "");
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  @Override
  public List<Candidate> candidates(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  @Override
  public int maxTokens() {
    return maxTokens;
  }

  @Override
  public Optional<Candidate> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  @Override
  public Optional<Candidate> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }
}
