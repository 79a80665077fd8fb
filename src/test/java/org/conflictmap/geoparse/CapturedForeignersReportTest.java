package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A report written for this test with the structure of the project's seed report: fighting in one
 * Ukrainian region, operations in two Russian regions, and many places that are only context
 * (capitals speaking for governments, origins, a distance, a venue of talks, a convention named
 * after a city).
 */
class CapturedForeignersReportTest {
  static final String REPORT = GeoparseFixtures.CAPTURED_FOREIGNERS;

  final Geoparser geoparser = new Geoparser(FixtureLookup.standard());

  @Test
  void events_are_in_donetsk_kursk_and_belgorod_regions_only() {
    GeoparseResult r = geoparser.parse(REPORT, LocalDate.of(2025, 4, 9), "en");
    Set<String> regions =
        r.events().stream().map(e -> e.place().admin1()).collect(Collectors.toSet());
    assertEquals(Set.of("UA-14", "RU-KRS", "RU-BEL"), regions, r.events().toString());
    assertEquals(3, r.events().size());
    r.events().forEach(e -> assertEquals("admin1", e.place().kind().name()));
  }

  @Test
  void capitals_origins_distances_and_venues_are_context() {
    GeoparseResult r = geoparser.parse(REPORT, LocalDate.of(2025, 4, 9), "en");
    List<Mention> events = r.mentions().stream().filter(m -> m.role() == Role.event).toList();
    Set<String> eventNames = events.stream().map(Mention::name).collect(Collectors.toSet());
    for (String never :
        List.of(
            "Beijing",
            "Moscow",
            "Pyongyang",
            "Nepal",
            "China",
            "United States",
            "Kyiv",
            "Geneva",
            "Ukraine",
            "Russia")) {
      assertTrue(!eventNames.contains(never), never + " must not be an event site: " + events);
    }
  }

  @Test
  void the_donetsk_event_is_dated_by_the_sentence_and_names_its_actors() {
    GeoparseResult r = geoparser.parse(REPORT, LocalDate.of(2025, 4, 9), "en");
    GeoparseEvent donetsk =
        r.events().stream()
            .filter(e -> "UA-14".equals(e.place().admin1()))
            .findFirst()
            .orElseThrow();
    assertEquals(LocalDate.of(2025, 4, 7), donetsk.date());
    assertEquals("battles", donetsk.type());
    assertEquals(2, donetsk.geoPrecision(), "'eastern' marks part of the region");
    assertTrue(donetsk.actors().contains("Chinese nationals"), donetsk.actors().toString());
    assertTrue(
        REPORT
            .substring(donetsk.evidence().start(), donetsk.evidence().end())
            .contains("eastern Donetsk region"));
  }

  @Test
  void adjectives_are_mentions_of_their_country_and_never_events() {
    GeoparseResult r = geoparser.parse(REPORT, LocalDate.of(2025, 4, 9), "en");
    List<Mention> adjectives =
        r.mentions().stream().filter(m -> m.form() == Form.adjective).toList();
    assertTrue(
        adjectives.stream()
            .anyMatch(m -> m.surface().equals("Chinese") && m.country().equals("CN")));
    assertTrue(adjectives.stream().allMatch(m -> m.role() == Role.context));
  }

  @Test
  void the_geneva_conventions_are_not_a_place_but_talks_in_geneva_are() {
    GeoparseResult r = geoparser.parse(REPORT, LocalDate.of(2025, 4, 9), "en");
    List<Mention> geneva = r.mentions().stream().filter(m -> m.surface().equals("Geneva")).toList();
    assertEquals(1, geneva.size(), geneva.toString());
    assertTrue(REPORT.startsWith("Geneva have", geneva.get(0).start()));
  }
}
