package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each role rule of {@link RoleClassifier}, on one sentence written for it. */
class RoleRulesTest {
  final Geoparser geoparser = new Geoparser(FixtureLookup.standard());

  @ParameterizedTest(name = "{1} in \"{0}\" is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Russian shells hit Kharkiv overnight.|Kharkiv|event",
        "Heavy fighting was reported in Kharkiv on Friday.|Kharkiv|event",
        "Kharkiv was shelled again on Sunday.|Kharkiv|event",
        "Drones struck a depot on the outskirts of Sumy.|Sumy|event",
        "Beijing said it knew nothing about the captured men.|Beijing|context",
        "Moscow has denied that its troops shelled the town.|Moscow|context",
        "The missiles were fired from a base about 500 km from Moscow.|Moscow|context",
        "Two fighters from Nepal were captured in Kharkiv.|Nepal|context",
        "Two fighters from Nepal were captured in Kharkiv.|Kharkiv|event",
        "Talks in Geneva stalled while shelling went on in Sumy.|Geneva|context",
        "Talks in Geneva stalled while shelling went on in Sumy.|Sumy|event",
        "Officials in Moscow did not comment on the strike.|Moscow|context",
        "Ukraine's foreign minister condemned the strike.|Ukraine|context",
        "Fighting raged in Pokrovsk (Donetsk region) all night.|Pokrovsk|event",
        "Fighting raged in Pokrovsk (Donetsk region) all night.|Donetsk region|context",
        "Troops from North Korea were deployed by Pyongyang to fight.|Pyongyang|context",
        "The minister visited Kharkiv and met the mayor.|Kharkiv|context",
        "Units withdrew from Pokrovsk after weeks of shelling.|Pokrovsk|event",
        "Chinese volunteers fought near Pokrovsk.|Chinese|context",
      })
  void a_place_gets_the_role_its_sentence_gives_it(String sentence, String surface, String role) {
    GeoparseResult r = geoparser.parse(sentence, LocalDate.of(2025, 4, 9), "en");
    List<Mention> found = r.mentions().stream().filter(m -> m.surface().equals(surface)).toList();
    assertEquals(1, found.size(), "one mention of " + surface + " in " + r.mentions());
    assertEquals(Role.valueOf(role), found.get(0).role());
  }

  @ParameterizedTest(name = "\"{0}\": event at {1}, geo-precision {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Russian artillery shelled the outskirts of Kharkiv on Tuesday.|Kharkiv|2",
        "Russian troops pounded the suburbs of Kharkiv overnight.|Kharkiv|2",
        "The outskirts of Kharkiv came under heavy shelling.|Kharkiv|2",
        "Glide bombs hit the centre of Kharkiv.|Kharkiv|1",
        "Drones struck Sumy overnight.|Sumy|1",
        "Heavy fighting went on in Kharkiv Saturday, officials said.|Kharkiv|1",
      })
  void a_part_of_a_town_is_an_event_site_near_it(String text, String place, int precision) {
    GeoparseResult r = geoparser.parse(text, LocalDate.of(2025, 4, 9), "en");
    assertEquals(1, r.events().size(), r::toString);
    GeoparseEvent e = r.events().get(0);
    assertEquals(place, e.place().name());
    assertEquals(precision, e.geoPrecision());
  }

  @ParameterizedTest(name = "dateline \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "KYIV, Ukraine (AP) — Drones struck Sumy on Monday.",
        "Kyiv — Drones struck Sumy on Monday.",
      })
  void a_dateline_is_context_and_the_site_after_it_an_event(String text) {
    GeoparseResult r = geoparser.parse(text, LocalDate.of(2025, 4, 9), "en");
    Mention kyiv =
        r.mentions().stream().filter(m -> m.name().equals("Kyiv")).findFirst().orElseThrow();
    assertEquals(Role.context, kyiv.role());
    assertTrue(r.events().stream().anyMatch(e -> e.place().name().equals("Sumy")), r.toString());
  }
}
