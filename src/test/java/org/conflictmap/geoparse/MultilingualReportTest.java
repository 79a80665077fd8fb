package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same kind of event, reported in each supported language, is found at the same place. */
class MultilingualReportTest {
  final Geoparser geoparser = new Geoparser(FixtureLookup.standard());

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Russian artillery shelled Kharkiv yesterday.|Kharkiv|explosions_remote_violence|2025-04-08",
        "uk|Вчора російська артилерія обстріляла Харків.|Kharkiv|explosions_remote_violence|2025-04-08",
        "ru|Вчера российская артиллерия обстреляла Харьков.|Kharkiv|explosions_remote_violence|2025-04-08",
        "de|Russische Artillerie hat gestern Charkiw beschossen.|Kharkiv|explosions_remote_violence|2025-04-08",
        "fr|Hier, l'artillerie russe a bombardé Kharkiv.|Kharkiv|explosions_remote_violence|2025-04-08",
        "uk|У Покровську тривають бої.|Pokrovsk|battles|2025-04-09",
        "fr|De violents combats ont eu lieu à Pokrovsk.|Pokrovsk|battles|2025-04-09",
      })
  void an_event_is_found_in_every_language(
      String lang, String text, String place, String type, String date) {
    GeoparseResult r = geoparser.parse(text, LocalDate.of(2025, 4, 9), lang);
    assertEquals(1, r.events().size(), r.toString());
    assertEquals(place, r.events().get(0).place().name());
    assertEquals(type, r.events().get(0).type());
    assertEquals(LocalDate.parse(date), r.events().get(0).date());
  }
}
