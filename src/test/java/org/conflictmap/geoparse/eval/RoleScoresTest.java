package org.conflictmap.geoparse.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleScoresTest {

  @Test
  void event_mentions_overlapping_a_gold_location_are_hits_and_the_rest_false_alarms() {
    // "Rockets struck Kharkiv and Izium on Monday, Moscow said."
    GoldDocument g =
        new GoldDocument(
            "s1",
            "Rockets struck Kharkiv and Izium on Monday, Moscow said.",
            null,
            List.of(
                new GoldDocument.Verb(
                    8, 14, List.of(new GoldDocument.Span(15, 22), new GoldDocument.Span(27, 32))),
                new GoldDocument.Verb(51, 55, List.of(new GoldDocument.Span(15, 22)))));
    List<PredictedMention> predicted =
        List.of(
            new PredictedMention("Kharkiv", 15, 22, 50.0, 36.2, "event"),
            new PredictedMention("Moscow", 44, 50, 55.7, 37.6, "event"),
            new PredictedMention("Izium", 27, 32, 49.2, 37.3, "context"));

    RoleScores s = Scorer.scoreRoles(List.of(g), Map.of("s1", predicted));

    assertEquals(2, s.goldSpans(), "the span shared by two verbs counts once");
    assertEquals(2, s.predicted());
    assertEquals(1, s.hits());
    assertEquals(1, s.found());
    assertEquals(0.5, s.precision(), 1e-12);
    assertEquals(0.5, s.recall(), 1e-12);
  }

  @Test
  void documents_without_verbs_are_not_scored_for_roles() {
    GoldDocument g = new GoldDocument("t", "Kyiv.", List.of(), null);
    RoleScores s =
        Scorer.scoreRoles(
            List.of(g),
            Map.of("t", List.of(new PredictedMention("Kyiv", 0, 4, 1.0, 1.0, "event"))));
    assertEquals(0, s.documents());
    assertEquals(0, s.predicted());
  }
}
