package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.conflictmap.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectionTest {

  @ParameterizedTest(name = "\"{0}\" comes from {1}")
  @CsvSource({
    "Покровському, Покровськ",
    "Бахмутського, Бахмут",
    "Сумського, Суми",
    "Шебекинском, Шебекино",
    "Костянтинівської, Костянтинівка",
    "Донецького, Донецьк",
    "Курском, Курск",
    "Нікопольському, Нікополь",
    "Краснопільська, Краснопілля",
    "Марганецкая, Марганец"
  })
  void a_district_adjective_gives_the_town_it_comes_from(String adjective, String town) {
    List<String> bases = Inflection.districtTowns(adjective);
    assertTrue(bases.contains(town), () -> adjective + " gave " + bases);
  }

  @ParameterizedTest(name = "\"{0}\" may be {1}")
  @CsvSource({
    "Дніпрі, Дніпро",
    "Днепре, Днепр",
    "Харкові, Харків",
    "Донецька, Донецьк",
    "Гуляйполю, Гуляйполе",
    "Гуляйполя, Гуляйполе",
    "Гуляйполі, Гуляйполе",
    "Новосілці, Новосілка"
  })
  void case_endings_give_the_base_form(String inflected, String base) {
    assertTrue(
        Inflection.bases(inflected).contains(base), () -> Inflection.bases(inflected).toString());
  }

  @Test
  void words_that_are_no_district_adjectives_give_nothing() {
    assertEquals(List.of(), Inflection.districtTowns("Харкові"));
    assertEquals(List.of(), Inflection.districtTowns("району"));
  }

  @Test
  void an_event_in_a_district_is_drawn_near_its_town() {
    GeoparseResult r =
        Geoparser.over(Gazetteer.loadDefault())
            .parse(
                "Ворог обстріляв село у Покровському районі, загинула жінка.",
                LocalDate.of(2025, 4, 9),
                "uk");
    assertEquals(1, r.events().size(), r::toString);
    GeoparseEvent e = r.events().get(0);
    assertEquals("Pokrovsk", e.place().name(), r::toString);
    assertEquals(2, e.geoPrecision(), r::toString);
  }
}
