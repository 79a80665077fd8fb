package org.conflictmap.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictmap.store.EventQuery;
import org.conflictmap.store.EventStore;

/**
 * {@code GET /stats/timeseries?interval=day|week|month&groupBy=region|country|type&…filters}:
 * events per bucket (weeks start on Monday, ISO 8601; a bucket is named by its first day); {@code
 * GET /stats/regions?…filters}: events per ISO 3166-2 region.
 */
public final class StatsController {
  private final EventStore store;

  public StatsController(EventStore store) {
    this.store = store;
  }

  public void timeseries(Context ctx) {
    EventQuery q = EventFilters.from(ctx);
    EventStore.Interval interval =
        enumParam(ctx, "interval", EventStore.Interval.class, EventStore.Interval.week);
    EventStore.GroupBy groupBy = enumParam(ctx, "groupBy", EventStore.GroupBy.class, null);
    if (HttpCaching.notModified(ctx, store.version())) {
      return;
    }
    List<EventStore.Bucket> buckets = store.timeseries(q, interval, groupBy);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("interval", interval.name());
    body.put("groupBy", groupBy == null ? null : groupBy.name());
    body.put("weekStart", "monday");
    body.put("total", buckets.stream().mapToLong(EventStore.Bucket::count).sum());
    body.put(
        "buckets",
        buckets.stream()
            .map(
                b -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("start", b.start().toString());
                  if (groupBy != null) {
                    m.put("group", b.group());
                  }
                  m.put("count", b.count());
                  return m;
                })
            .toList());
    ctx.json(body);
  }

  public void regions(Context ctx) {
    EventQuery q = EventFilters.from(ctx);
    if (HttpCaching.notModified(ctx, store.version())) {
      return;
    }
    List<EventStore.RegionCount> counts = store.countByRegion(q);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", counts.stream().mapToLong(EventStore.RegionCount::count).sum());
    body.put(
        "regions",
        counts.stream()
            .map(
                c ->
                    Map.of(
                        "admin1", c.admin1(),
                        "eventCount", c.count(),
                        "lastEventDate", c.lastEventDate().toString()))
            .toList());
    ctx.json(body);
  }

  static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type, E fallback) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, raw.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed =
          java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
      throw EventFilters.bad(
          name, "'" + EventFilters.clip(raw) + "' is not one of " + String.join(", ", allowed));
    }
  }
}
