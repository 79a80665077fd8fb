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
        "Russia has captured two more villages.|Russia|context",
        "Russia was attacked by drones overnight.|Russia|event",
        "Two soldiers were killed in US-led strikes overnight.|US|context",
        "Protesters demonstrated outside the US embassy on Friday.|US|context",
        "Thousands of civilians have been killed in the war in Ukraine.|Ukraine|context",
        "Two volunteers were killed in Ukraine last week.|Ukraine|event",
        "Drones struck targets in Ukraine and Kursk Oblast overnight.|Ukraine|event",
        "Drones struck targets in Ukraine and Kursk Oblast overnight.|Kursk Oblast|event",
        "Drones struck Pokrovsk in Ukraine overnight.|Ukraine|context",
        "Drones kept targeting the Islamic State of Iraq positions.|Iraq|context",
        "Troops shelled the positions of the People's Union of Ukraine.|Ukraine|context",
        "Rockets struck homes in the northern Donetsk Oblast town of Pokrovsk.|Pokrovsk|event",
        "Rebels assailed Pokrovsk at dawn.|Pokrovsk|event",
        "A delegate was shot dead during talks in Geneva.|Geneva|event",
        "Thousands of protesters marched to Kyiv on Sunday.|Kyiv|event",
        "Drones struck both Sumy and Kharkiv overnight.|Sumy|event",
        "Protesters demonstrated against the government's position on Ukraine.|Ukraine|context",
        "A man was shot in the chest and head late on Friday after a swim at his house in Kharkiv.|Kharkiv|event",
        "Troops shelled the outskirts on Friday, and weeks later, after a long dry spell and many quiet days, families went back to the market in Kharkiv.|Kharkiv|context",
        "Clashes broke out on the border between Ukraine and Russia.|Ukraine|context",
        "Troops shelled positions between Toretsk and Chasiv Yar.|Toretsk|event",
        "Two fighters were killed in a US airstrike.|US|context",
        "Drones hit a substation in Russia's restive Belgorod region.|Belgorod region|event",
        "Drones hit a substation in Russia's restive Belgorod region.|Russia|context",
        "Drones were patrolling the skies above Kharkiv.|Kharkiv|event",
        "Kharkiv is still shelled every night.|Kharkiv|event",
        "Russia is now shelling the border villages.|Russia|context",
        "Two volunteers of Croatia were captured by Russian troops.|Croatia|context",
        "The village of Toretsk was shelled overnight.|Toretsk|event",
        "Militia leader Ahmed al-Kherson was killed overnight.|Kherson|context",
        "Soldiers patrol the streets of Kharkiv every night.|Kharkiv|event",
        "According to a military source in Kharkiv, drones struck Sumy.|Kharkiv|context",
        "According to a military source in Kharkiv, drones struck Sumy.|Sumy|event",
        "Gunmen killed a district official in Kharkiv on Monday.|Kharkiv|event",
        "Hundreds of students in Kharkiv protested over the curfew.|Kharkiv|event",
        "Moscow protested against the new sanctions.|Moscow|context",
        "Glide bombs hit Kharkiv's power and water plants overnight.|Kharkiv|event",
        "Sumy's governor said the strike killed two people.|Sumy|context",
        "A car bomb in Sumy blamed on saboteurs killed three.|Sumy|event",
        "Armoured columns entered Sumy before dawn.|Sumy|event",
        "The brigade managed to recapture Toretsk after a week.|Toretsk|event",
        "A local council member was assassinated in Kherson on Monday.|Kherson|event",
      })
  void a_place_gets_the_role_its_sentence_gives_it(String sentence, String surface, String role) {
    GeoparseResult r = geoparser.parse(sentence, LocalDate.of(2025, 4, 9), "en");
    List<Mention> found = r.mentions().stream().filter(m -> m.surface().equals(surface)).toList();
    assertEquals(1, found.size(), "one mention of " + surface + " in " + r.mentions());
    assertEquals(Role.valueOf(role), found.get(0).role());
  }

  @ParameterizedTest(name = "the second Toretsk in \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Shelling hit Toretsk on Monday. Casualties mounted during the Toretsk offensive.|event",
        "Shelling hit Toretsk on Monday. Toretsk captured the regional football cup.|context",
      })
  void a_town_names_the_site_of_the_event_noun_it_modifies(String text, String role) {
    GeoparseResult r = geoparser.parse(text, LocalDate.of(2025, 4, 9), "en");
    List<Mention> found = r.mentions().stream().filter(m -> m.surface().equals("Toretsk")).toList();
    assertEquals(2, found.size(), r.mentions()::toString);
    assertEquals(Role.valueOf(role), found.get(1).role());
  }

  @ParameterizedTest(name = "{2}: {1} in \"{0}\" is {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Seit Beginn des Krieges in der Ukraine wurden Tausende Zivilisten getötet.|Ukraine|de|context",
        "Des milliers de civils ont été tués pendant la guerre en Ukraine.|Ukraine|fr|context",
        "Selon notre correspondant à Kharkiv, des drones ont frappé Soumy.|Kharkiv|fr|context",
        "Laut unserem Korrespondent in Charkiw haben Drohnen Sumy angegriffen.|Charkiw|de|context",
        "За словами кореспондента в Харкові, дрони атакували Суми.|Харкові|uk|context",
      })
  void the_place_of_a_whole_war_or_of_a_reporter_is_context(
      String sentence, String surface, String lang, String role) {
    GeoparseResult r = geoparser.parse(sentence, LocalDate.of(2025, 4, 9), lang);
    List<Mention> found = r.mentions().stream().filter(m -> m.surface().equals(surface)).toList();
    assertEquals(1, found.size(), "one mention of " + surface + " in " + r.mentions());
    assertEquals(Role.valueOf(role), found.get(0).role());
  }

  @ParameterizedTest(name = "{2}: \"{0}\" happened at {1}, not at {3}, which holds or locates it")
  @CsvSource(
      delimiter = '|',
      value = {
        "Shelling killed two people in Pokrovsk, north of Donetsk.|Pokrovsk|en|Donetsk",
        "A car bomb exploded in Toretsk near the city of Donetsk on Monday.|Toretsk|en|Donetsk",
        "Russian drones struck a depot in Vuhledar in Toretsk.|Vuhledar|en|Toretsk",
        "A drone hit a fuel depot in Brovary town, Kyiv.|Brovary|en|Kyiv",
        "Russische Drohnen trafen ein Depot in Vuhledar in Toretsk.|Vuhledar|de|Toretsk",
        "Des drones ont frappé un dépôt à Vuhledar, dans Toretsk.|Vuhledar|fr|Toretsk",
        "Two civilians died when shells hit Toretsk, inside Donetsk.|Toretsk|en|Donetsk",
        "A car bomb exploded in Kharkiv's northern district of Saltivka.|Saltivka|en|Kharkiv",
        "A car bomb exploded at a market in Toretsk town near Donetsk.|Toretsk|en|Donetsk",
        "Shells hit the village of Zelene in the countryside of Toretsk.|Zelene|en|Toretsk",
        "Artillerie beschoss Pokrovsk bei Donetsk.|Pokrovsk|de|Donetsk",
        "Des obus ont frappé Pokrovsk, près de Donetsk.|Pokrovsk|fr|Donetsk",
        "Ворог обстріляв Покровськ біля Донецька.|Покровськ|uk|Донецька",
      })
  void a_place_that_only_locates_the_site_is_context(
      String sentence, String site, String lang, String reference) {
    GeoparseResult r = geoparser.parse(sentence, LocalDate.of(2025, 4, 9), lang);
    Mention s = r.mentions().stream().filter(m -> m.surface().equals(site)).findFirst().get();
    Mention ref =
        r.mentions().stream().filter(m -> m.surface().equals(reference)).findFirst().get();
    assertEquals(Role.event, s.role(), r.mentions()::toString);
    assertEquals(Role.context, ref.role(), r.mentions()::toString);
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
