package org.conflictmap.geoparse.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.conflictmap.geoparse.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTypeLexiconTest {
  final EventTypeLexicon lexicon = EventTypeLexicon.standard();

  @ParameterizedTest(name = "\"{0}\" is {1}/{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Soldiers clashed with insurgents near the dam.|battles|armed_clash",
        "The army recaptured two villages.|battles|government_regains_territory",
        "An air strike destroyed a school and killed four.|explosions_remote_violence|air_drone_strike",
        "Artillery shelling hit the suburbs.|explosions_remote_violence|shelling_artillery_missile_attack",
        "A roadside bomb exploded beside a bus.|explosions_remote_violence|remote_explosive_landmine_ied",
        "A suicide bomber attacked the mosque.|explosions_remote_violence|suicide_bomb",
        "Gunmen kidnapped three aid workers.|violence_against_civilians|abduction_forced_disappearance",
        "A farmer was shot dead at his gate.|violence_against_civilians|attack",
        "Thousands protested against the tax.|protests|peaceful_protest",
        "Police fired tear gas at the crowd of protesters.|protests|excessive_force_against_protesters",
        "Rioters torched cars overnight.|riots|violent_demonstration",
        "Police arrested two suspects.|strategic_developments|arrests",
        "Ворог обстріляв Херсон з артилерії.|explosions_remote_violence|shelling_artillery_missile_attack",
        "В Белгороде прогремели взрывы.|explosions_remote_violence|remote_explosive_landmine_ied",
        "Die Stadt wurde mit Drohnen angegriffen.|explosions_remote_violence|air_drone_strike",
        "De violents combats ont eu lieu près de la ville.|battles|armed_clash",
      })
  void the_heaviest_trigger_gives_the_sentence_its_type(String sentence, String type, String sub) {
    Optional<Trigger> t = lexicon.classify(Tokenizer.tokens(sentence));
    assertTrue(t.isPresent(), sentence);
    assertEquals(new EventType(type, sub), t.get().eventType());
  }

  @Test
  void a_sentence_without_an_event_word_has_no_type() {
    assertTrue(
        lexicon
            .classify(Tokenizer.tokens("The minister met his counterpart in Geneva."))
            .isEmpty());
    assertTrue(
        lexicon.classify(Tokenizer.tokens("Families found shelter in the metro.")).isEmpty());
  }
}
