package org.conflictmap.geoparse.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conflictmap.geoparse.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorNormaliserTest {
  final ActorNormaliser actors = ActorNormaliser.standard();

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ukrainian troops held the line against the Russian military.|Ukrainian forces;Russian forces",
        "Two Chinese nationals were taken prisoner.|Chinese nationals",
        "Russian armed forces shelled the port.|Russian forces",
        "Les forces russes ont bombardé la ville.|Russian forces",
        "російські війська обстріляли місто|Russian forces",
        "ISIS fighters and Houthi rebels were blamed.|Islamic State;Houthis;rebels",
        "Police dispersed the protesters.|police;protesters",
        "Gunmen killed five villagers, police said.|gunmen",
        "Rebels fired a missile at the city, the Ukrainian military said.|rebels",
        "ВС РФ нанесли удары по аэродромам.|Russian forces",
        "Israeli strikes hit a school overnight.|Israeli forces",
        "Bei einem russischen Drohnenangriff starben zwei Menschen.|Russian forces",
        "українські дрони атакували нафтобазу|Ukrainian forces",
        "украинские беспилотники атаковали нефтебазу|Ukrainian forces",
        "Des frappes israéliennes ont visé le camp.|Israeli forces",
      })
  void actors_get_one_normalised_name(String sentence, String expected) {
    assertEquals(List.of(expected.split(";")), actors.actors(Tokenizer.tokens(sentence), sentence));
  }
}
