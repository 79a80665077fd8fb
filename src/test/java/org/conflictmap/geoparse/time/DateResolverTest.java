package org.conflictmap.geoparse.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.conflictmap.store.Event.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {
  // A Thursday.
  static final LocalDate PUBLISHED = LocalDate.of(2025, 4, 10);

  @ParameterizedTest(name = "\"{0}\" -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "Drones struck the depot on 8 April.|2025-04-08|day",
        "Drones struck the depot on April 8, 2024.|2024-04-08|day",
        "The report is dated 2025-03-30.|2025-03-30|day",
        "Shelling resumed on 28 December.|2024-12-28|day",
        "The 3rd of April saw heavy fighting.|2025-04-03|day",
        "Yesterday the bridge was hit.|2025-04-09|day",
        "A blast shook the port last night.|2025-04-09|day",
        "Fighting continued today.|2025-04-10|day",
        "Rockets hit the town on Tuesday.|2025-04-08|day",
        "Rockets hit the town on Thursday.|2025-04-10|day",
        "Troops advanced last week.|2025-03-31|week",
        "Troops advanced this week.|2025-04-07|week",
        "The village fell last month.|2025-03-01|month",
        "The village fell in February.|2025-02-01|month",
        "The village fell in May.|2024-05-01|month",
        "Вчора ворог обстріляв місто.|2025-04-09|day",
        "Обстрел произошел 5 апреля.|2025-04-05|day",
        "Am 6. April wurde die Stadt beschossen.|2025-04-06|day",
        "Le bombardement a eu lieu le 7 avril.|2025-04-07|day",
        "Die Stadt wurde am Dienstag beschossen.|2025-04-08|day",
        "Учора ворог атакував місто.|2025-04-09|day",
        "Накануне беспилотники атаковали нефтебазу.|2025-04-09|day",
        "La veille, des frappes ont visé la ville.|2025-04-09|day",
        "Die Stadt wurde am Vortag beschossen.|2025-04-09|day",
        "Two days ago the bridge was hit.|2025-04-08|day",
        "Vor drei Tagen wurde die Stadt beschossen.|2025-04-07|day",
        "Il y a deux jours, la ville a été bombardée.|2025-04-08|day",
        "Два дні тому ворог обстріляв місто.|2025-04-08|day",
        "Три дня назад враг обстрелял город.|2025-04-07|day",
        "Минулої п'ятниці ворог обстріляв місто.|2025-04-04|day",
        "Минулої неділі ворог обстріляв місто.|2025-04-06|day",
      })
  void dates_in_a_sentence_resolve_against_the_published_date(
      String sentence, String date, String precision) {
    ResolvedDate d = DateResolver.resolve(sentence, PUBLISHED);
    assertEquals(LocalDate.parse(date), d.date());
    assertEquals(DatePrecision.valueOf(precision), d.precision());
    assertTrue(d.explicit());
  }

  @Test
  void a_bare_hier_is_yesterday_in_a_french_sentence_even_without_a_hint() {
    String fr = "Hier, des drones ont frappé une raffinerie dans la région.";
    assertEquals(PUBLISHED.minusDays(1), DateResolver.find(fr, PUBLISHED, null).get().date());
    assertEquals(PUBLISHED.minusDays(1), DateResolver.find(fr, PUBLISHED, "fr").get().date());
    String de = "Hier wurde die Stadt von den Drohnen getroffen.";
    assertTrue(DateResolver.find(de, PUBLISHED, null).isEmpty(), "German \"hier\" is \"here\"");
  }

  @Test
  void a_sentence_without_a_date_takes_the_published_date() {
    ResolvedDate d = DateResolver.resolve("Troops may advance further, officials said.", PUBLISHED);
    assertEquals(PUBLISHED, d.date());
    assertEquals(DatePrecision.day, d.precision());
    assertEquals(false, d.explicit());
  }
}
