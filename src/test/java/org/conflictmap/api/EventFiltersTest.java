package org.conflictmap.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.conflictmap.store.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventFiltersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-04-08                                  | 2025-04-08 | 2025-04-08",
        "2025-04-08T23:30:00Z                        | 2025-04-08 | 2025-04-08",
        "2025-04-08T23:30:00-02:00                   | 2025-04-09 | 2025-04-09",
        "2025-04-01/2025-04-30                       | 2025-04-01 | 2025-04-30",
        "2025-04-01T00:00:00Z/..                     | 2025-04-01 |",
        "../2025-04-30T10:00:00Z                     |            | 2025-04-30",
        "/2025-04-30                                 |            | 2025-04-30",
        "2025-04-01/                                 | 2025-04-01 |",
      })
  void datetime_accepts_instants_dates_and_open_intervals(String raw, String from, String to) {
    LocalDate[] d = EventFilters.datetime(raw);

    assertArrayEquals(
        new LocalDate[] {
          from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to)
        },
        d);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "..",
        "../..",
        "/",
        "yesterday",
        "2025-13-01",
        "2025-04-30/2025-04-01",
        "2025-04-01/x/y",
        "2025-04-08T25:00:00Z",
        "'; DROP TABLE events; --"
      })
  void datetime_rejects_garbage_and_reversed_intervals(String raw) {
    ProblemException e = assertThrows(ProblemException.class, () -> EventFilters.datetime(raw));

    assertEquals(400, e.status());
    assertTrue(e.detail().startsWith("parameter 'datetime'"), e.detail());
  }

  @Test
  void bbox_reads_four_or_six_numbers_and_keeps_antimeridian_boxes() {
    assertEquals(new EventQuery.BBox(30, 44, 40, 52), EventFilters.bbox("30,44,40,52"));
    assertEquals(new EventQuery.BBox(30, 44, 40, 52), EventFilters.bbox("30,44,0,40,52,100"));
    assertTrue(EventFilters.bbox("170,-20,-170,-10").crossesAntimeridian());
    assertNull(EventFilters.bbox(""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NaN,1,2,3",
        "1,2,3",
        "Infinity,0,1,1",
        "0,0,1,x",
        "-181,0,1,1",
        "0,-91,1,1",
        "0,10,1,5",
        "1e999,0,1,1",
        "0,0,1,1,1"
      })
  void bbox_rejects_non_numbers_out_of_range_and_upside_down_boxes(String raw) {
    ProblemException e = assertThrows(ProblemException.class, () -> EventFilters.bbox(raw));

    assertTrue(e.detail().startsWith("parameter 'bbox'"), e.detail());
  }

  @Test
  void echoed_input_is_clipped_and_control_characters_replaced() {
    assertEquals("a?b", EventFilters.clip("a\u0000b"));
    assertEquals(41, EventFilters.clip("x".repeat(100)).length());
  }
}
