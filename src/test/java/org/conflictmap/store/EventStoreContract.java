package org.conflictmap.store;

import static org.conflictmap.store.StoreFixtures.event;
import static org.conflictmap.store.StoreFixtures.report;
import static org.conflictmap.store.StoreFixtures.withGeoPrecision;
import static org.conflictmap.store.StoreFixtures.withSentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} must do. Subclasses give a fresh, empty store for each test through
 * {@link #store()}.
 */
public abstract class EventStoreContract {

  /** An empty store, the same one for the whole test. */
  protected abstract EventStore store();

  @Test
  void saved_report_and_events_read_back_equal() {
    Event e1 = event(8, "battles", "UA", "UA-14", 37.8, 48.1);
    Event e2 = event(9, "protests", "RU", "RU-KRS", 35.27, 51.2);
    EventStore.Saved saved =
        store().save(report("https://example.org/a", "Fighting near the town."), List.of(e1, e2));

    assertTrue(saved.created());
    long id = saved.report().id();
    assertTrue(id > 0);
    assertEquals("https://example.org/a", store().findReport(id).orElseThrow().url());
    assertEquals(ContentHash.of("Fighting near the town."), saved.report().contentHash());
    assertTrue(saved.report().createdAt() != null);
    List<Event> read = store().eventsOf(id);
    assertEquals(saved.events(), read);
    assertEquals(e1.withIds(read.get(0).id(), id), read.get(0));
    assertEquals(e2.withIds(read.get(1).id(), id), read.get(1));
    assertEquals(read.get(1), store().findEvent(read.get(1).id()).orElseThrow());
  }

  @Test
  void report_with_same_url_twice_stores_one_report() {
    EventStore.Saved first =
        store().save(report("https://example.org/same", "First wording."), List.of(ua(8)));
    EventStore.Saved second =
        store().save(report("https://example.org/same", "Second wording."), List.of(ua(9)));

    assertFalse(second.created());
    assertEquals(first.report().id(), second.report().id());
    assertEquals(first.events(), second.events());
    assertEquals(1, store().countReports());
    assertEquals(1, store().count(EventQuery.all()));
  }

  @Test
  void report_with_same_text_differently_spaced_stores_one_report() {
    store().save(report(null, "Shelling hit  the\nbridge."), List.of(ua(8)));
    EventStore.Saved again = store().save(report(null, " shelling HIT the bridge. "), List.of());

    assertFalse(again.created());
    assertEquals(1, store().countReports());
    assertEquals(1, again.events().size());
  }

  @Test
  void failure_in_the_middle_of_a_report_leaves_nothing() {
    long before = store().dataVersion();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      events.add(ua(1 + i % 28));
    }
    // The 1,100th event breaks the schema's geoPrecision check, after two full batches.
    events.set(1099, withGeoPrecision(ua(3), 9));

    assertThrows(StoreException.class, () -> store().save(report(null, "A long report."), events));

    assertEquals(0, store().countReports());
    assertEquals(0, store().count(EventQuery.all()));
    assertEquals(before, store().dataVersion());
    // and the same report can be stored once fixed
    events.set(1099, ua(3));
    assertTrue(store().save(report(null, "A long report."), events).created());
    assertEquals(1200, store().count(EventQuery.all()));
  }

  @Test
  void every_write_changes_the_data_version_and_a_duplicate_does_not() {
    long v0 = store().dataVersion();
    store().save(report(null, "one"), List.of(ua(1)));
    long v1 = store().dataVersion();
    store().save(report(null, "one"), List.of(ua(1)));
    long v2 = store().dataVersion();

    assertNotEquals(v0, v1);
    assertEquals(v1, v2);
  }

  @Test
  void batch_stores_each_new_report_once_and_answers_duplicates_in_order() {
    EventStore.Saved earlier =
        store().save(report("https://example.org/old", "Stored before the batch."), List.of(ua(2)));
    List<EventStore.Draft> batch =
        List.of(
            new EventStore.Draft(report("https://example.org/b1", "First."), List.of(ua(5), ua(6))),
            new EventStore.Draft(report("https://example.org/old", "Other words."), List.of()),
            new EventStore.Draft(report(null, "Second."), List.of(ua(7))),
            new EventStore.Draft(report("https://example.org/b1", "Same url again."), List.of()),
            new EventStore.Draft(report(null, "  second. "), List.of(ua(9))));
    long before = store().dataVersion();

    List<EventStore.Saved> saved = store().saveAll(batch);

    assertEquals(
        List.of(true, false, true, false, false),
        saved.stream().map(EventStore.Saved::created).toList());
    assertEquals(earlier.report().id(), saved.get(1).report().id());
    assertEquals(saved.get(0).report().id(), saved.get(3).report().id());
    assertEquals(saved.get(2).report().id(), saved.get(4).report().id());
    assertEquals(2, saved.get(0).events().size());
    assertEquals(saved.get(0).events(), store().eventsOf(saved.get(0).report().id()));
    assertEquals(saved.get(2).events(), store().eventsOf(saved.get(2).report().id()));
    assertEquals(saved.get(2).events(), saved.get(4).events());
    assertEquals(3, store().countReports());
    assertEquals(4, store().count(EventQuery.all()));
    assertNotEquals(before, store().dataVersion());
  }

  @Test
  void failure_in_one_report_of_a_batch_stores_none_of_it() {
    long before = store().dataVersion();
    List<EventStore.Draft> batch =
        List.of(
            new EventStore.Draft(report(null, "Good one."), List.of(ua(1), ua(2))),
            new EventStore.Draft(report(null, "Broken one."), List.of(withGeoPrecision(ua(3), 9))),
            new EventStore.Draft(report(null, "Good two."), List.of(ua(4))));

    assertThrows(StoreException.class, () -> store().saveAll(batch));

    assertEquals(0, store().countReports());
    assertEquals(0, store().count(EventQuery.all()));
    assertEquals(before, store().dataVersion());
  }

  @Test
  void batch_of_only_stored_reports_changes_nothing() {
    store().save(report(null, "Once."), List.of(ua(1)));
    long before = store().dataVersion();

    List<EventStore.Saved> saved =
        store().saveAll(List.of(new EventStore.Draft(report(null, "once."), List.of(ua(1)))));

    assertFalse(saved.get(0).created());
    assertEquals(1, saved.get(0).events().size());
    assertEquals(before, store().dataVersion());
    assertEquals(List.of(), store().saveAll(List.of()));
  }

  @Test
  void concurrent_batches_sharing_reports_store_each_once() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<EventStore.Saved>>> calls = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int shift = t;
        calls.add(
            () -> {
              List<EventStore.Draft> batch = new ArrayList<>();
              for (int i = 0; i < 6; i++) {
                int r = (i + shift) % 6;
                batch.add(
                    new EventStore.Draft(
                        report("https://example.org/shared/" + r, "shared " + r),
                        List.of(ua(1 + r), ua(10 + r))));
              }
              return store().saveAll(batch);
            });
      }
      int created = 0;
      for (Future<List<EventStore.Saved>> f : pool.invokeAll(calls)) {
        for (EventStore.Saved s : f.get()) {
          created += s.created() ? 1 : 0;
          assertEquals(2, s.events().size());
        }
      }
      assertEquals(6, created);
      assertEquals(6, store().countReports());
      assertEquals(12, store().count(EventQuery.all()));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrent_saves_of_one_report_store_it_once() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<EventStore.Saved>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(() -> store().save(report("https://example.org/race", "race"), List.of(ua(4))));
      }
      int created = 0;
      for (Future<EventStore.Saved> f : pool.invokeAll(calls)) {
        created += f.get().created() ? 1 : 0;
      }
      assertEquals(1, created);
      assertEquals(1, store().countReports());
      assertEquals(1, store().count(EventQuery.all()));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void query_filters_by_bbox_interval_region_country_type_and_precision() {
    store()
        .save(
            report(null, "filters"),
            List.of(
                event(1, "battles", "UA", "UA-14", 37.8, 48.1),
                event(5, "battles", "UA", "UA-63", 36.2, 50.0),
                event(10, "protests", "RU", "RU-KRS", 35.3, 51.7),
                withGeoPrecision(
                    event(20, "explosions_remote_violence", "RU", "RU-BEL", 36.6, 50.6), 3)));
    EventQuery all = EventQuery.all();

    assertEquals(4, store().count(all));
    assertEquals(
        List.of("UA-14", "UA-63"),
        admin1s(all.withBbox(new EventQuery.BBox(36.0, 47.0, 38.0, 50.5))));
    assertEquals(
        List.of("UA-63", "RU-KRS"),
        admin1s(all.withInterval(LocalDate.of(2025, 4, 5), LocalDate.of(2025, 4, 10))));
    assertEquals(
        List.of("RU-KRS", "RU-BEL"), admin1s(all.withInterval(LocalDate.of(2025, 4, 6), null)));
    assertEquals(List.of("UA-14"), admin1s(all.withInterval(null, LocalDate.of(2025, 4, 4))));
    assertEquals(List.of("UA-14", "RU-BEL"), admin1s(all.withRegions(List.of("RU-BEL", "UA-14"))));
    assertEquals(List.of("RU-KRS", "RU-BEL"), admin1s(all.withCountries(List.of("RU"))));
    assertEquals(List.of("UA-14", "UA-63"), admin1s(all.withTypes(List.of("battles"))));
    assertEquals(List.of("RU-BEL"), admin1s(all.withGeoPrecisions(List.of(3))));
    assertEquals(
        List.of("UA-63"),
        admin1s(all.withTypes(List.of("battles")).withRegions(List.of("UA-63", "RU-KRS"))));
  }

  @Test
  void bbox_across_the_antimeridian_finds_both_sides() {
    store()
        .save(
            report(null, "pacific"),
            List.of(
                event(1, "battles", "FJ", null, 179.5, -17.0),
                event(2, "battles", "WS", null, -179.5, -17.0),
                event(3, "battles", "AU", null, 150.0, -17.0)));

    List<Event> found =
        store().query(EventQuery.all().withBbox(new EventQuery.BBox(170, -20, -170, -10))).items();

    assertEquals(List.of("FJ", "WS"), found.stream().map(Event::country).toList());
  }

  @Test
  void text_filter_matches_all_words_in_evidence_or_title_ignoring_case() {
    store()
        .save(
            report(null, "text filter"),
            List.of(
                withSentence(ua(1), "Drones struck a fuel depot overnight."),
                withSentence(ua(2), "A drone was shot down; no depot was hit."),
                withSentence(ua(3), "Artillery shelled the village 100% of nights_.")));

    assertEquals(2, store().count(EventQuery.all().withText("DEPOT")));
    assertEquals(1, store().count(EventQuery.all().withText("drones depot")));
    assertEquals(3, store().count(EventQuery.all().withText("test report")));
    assertEquals(1, store().count(EventQuery.all().withText("100%")));
    assertEquals(0, store().count(EventQuery.all().withText("100%%")));
    assertEquals(1, store().count(EventQuery.all().withText("nights_")));
    assertEquals(0, store().count(EventQuery.all().withText("' OR 1=1 --")));
  }

  @Test
  void pages_are_sorted_by_date_then_id_and_count_all_matches() {
    List<Event> events = new ArrayList<>();
    for (int day : new int[] {9, 3, 9, 1, 5, 3, 7}) {
      events.add(ua(day));
    }
    store().save(report(null, "paging"), events);

    EventStore.Page<Event> first = store().query(EventQuery.all().withPage(3, 0));
    EventStore.Page<Event> last = store().query(EventQuery.all().withPage(3, 6));
    EventStore.Page<Event> beyond = store().query(EventQuery.all().withPage(3, 30));

    assertEquals(
        List.of(1, 3, 3), first.items().stream().map(e -> e.date().getDayOfMonth()).toList());
    assertTrue(first.items().get(1).id() < first.items().get(2).id());
    assertEquals(7, first.numberMatched());
    assertEquals(1, last.items().size());
    assertEquals(7, last.numberMatched());
    assertEquals(0, beyond.items().size());
    assertEquals(7, beyond.numberMatched());
  }

  @Test
  void stream_visits_every_match_in_order_ignoring_the_page() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      events.add(ua(1 + (i * 7) % 28));
    }
    store().save(report(null, "stream"), events);
    List<Event> seen = new ArrayList<>();

    store().stream(EventQuery.all().withPage(10, 5), seen::add);

    assertEquals(2500, seen.size());
    for (int i = 1; i < seen.size(); i++) {
      Event a = seen.get(i - 1);
      Event b = seen.get(i);
      assertTrue(a.date().isBefore(b.date()) || (a.date().equals(b.date()) && a.id() < b.id()));
    }
  }

  @Test
  void reports_list_newest_first() {
    store().save(report(null, "older"), List.of());
    store().save(report(null, "newer"), List.of());

    List<Report> listed = store().listReports(10, 0);

    assertEquals(List.of("newer", "older"), listed.stream().map(Report::text).toList());
    assertEquals(2, store().countReports());
    assertEquals(1, store().listReports(10, 1).size());
  }

  @Test
  void timeseries_counts_by_iso_week_and_month_and_group() {
    store()
        .save(
            report(null, "series"),
            List.of(
                event(6, "battles", "UA", "UA-14", 37.8, 48.1), // Sunday: week of Mon 31 March
                event(7, "battles", "UA", "UA-14", 37.8, 48.1), // Monday
                event(13, "protests", "RU", "RU-KRS", 35.3, 51.7), // Sunday
                event(14, "battles", "UA", "UA-63", 36.2, 50.0))); // Monday

    List<EventStore.Bucket> weeks =
        store().timeseries(EventQuery.all(), EventStore.Interval.week, null);
    List<EventStore.Bucket> months =
        store().timeseries(EventQuery.all(), EventStore.Interval.month, null);
    List<EventStore.Bucket> byType =
        store().timeseries(EventQuery.all(), EventStore.Interval.month, EventStore.GroupBy.type);
    List<EventStore.Bucket> days =
        store()
            .timeseries(
                EventQuery.all().withCountries(List.of("UA")), EventStore.Interval.day, null);

    assertEquals(
        List.of(
            new EventStore.Bucket(LocalDate.of(2025, 3, 31), null, 1),
            new EventStore.Bucket(LocalDate.of(2025, 4, 7), null, 2),
            new EventStore.Bucket(LocalDate.of(2025, 4, 14), null, 1)),
        weeks);
    assertEquals(List.of(new EventStore.Bucket(LocalDate.of(2025, 4, 1), null, 4)), months);
    assertEquals(
        List.of(
            new EventStore.Bucket(LocalDate.of(2025, 4, 1), "battles", 3),
            new EventStore.Bucket(LocalDate.of(2025, 4, 1), "protests", 1)),
        byType);
    assertEquals(3, days.size());
  }

  @Test
  void regions_are_counted_with_their_last_event_date() {
    store()
        .save(
            report(null, "regions"),
            List.of(
                event(6, "battles", "UA", "UA-14", 37.8, 48.1),
                event(9, "battles", "UA", "UA-14", 37.8, 48.1),
                event(3, "battles", "UA", "UA-63", 36.2, 50.0),
                event(4, "battles", "UA", null, 31.0, 49.0)));

    assertEquals(
        List.of(
            new EventStore.RegionCount("UA-14", 2, LocalDate.of(2025, 4, 9)),
            new EventStore.RegionCount("UA-63", 1, LocalDate.of(2025, 4, 3))),
        store().countByRegion(EventQuery.all()));
    assertEquals(
        List.of(new EventStore.RegionCount("UA-14", 1, LocalDate.of(2025, 4, 6))),
        store()
            .countByRegion(
                EventQuery.all().withInterval(LocalDate.of(2025, 4, 5), LocalDate.of(2025, 4, 8))));
  }

  @Test
  void data_version_says_when_the_data_last_changed() throws InterruptedException {
    EventStore.DataVersion before = store().version();
    Thread.sleep(20);
    store().save(report(null, "timed"), List.of());
    EventStore.DataVersion after = store().version();

    assertTrue(after.version() > before.version());
    assertTrue(after.updatedAt().isAfter(before.updatedAt()), before + " " + after);
  }

  @Test
  void date_range_spans_the_first_and_last_event() {
    assertTrue(store().dateRange().isEmpty());
    store().save(report(null, "range"), List.of(ua(9), ua(2), ua(17)));

    assertEquals(
        new EventStore.DateRange(LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 17)),
        store().dateRange().orElseThrow());
  }

  @Test
  void store_is_ready_and_says_its_kind() {
    assertTrue(store().isReady());
    assertTrue(List.of("embedded", "postgis").contains(store().kind()));
  }

  private static Event ua(int day) {
    return event(day, "battles", "UA", "UA-14", 37.8, 48.1);
  }

  private List<String> admin1s(EventQuery q) {
    return store().query(q).items().stream().map(Event::admin1).toList();
  }
}
