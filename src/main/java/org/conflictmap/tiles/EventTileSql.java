package org.conflictmap.tiles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The PostGIS statements of the {@code events} layer: one statement per tile, every value bound,
 * geometry read from {@code events.geom_3857} so nothing is transformed per request. The rules are
 * those of {@link EventTiles}; {@link EventTileEncoder} is their Java twin.
 *
 * <ul>
 *   <li>Zoom ≤ {@value EventTiles#CLUSTER_MAX_ZOOM}: clusters from the precomputed {@code
 *       event_cells} (migrations V10, V14), the date range covered by {@link PeriodCover}: one
 *       index-only range scan per span, joined by {@code UNION ALL}, plus the events written since
 *       the last fold, still in {@code event_cells_pending} (V15; a few hundred rows at most while
 *       the store's folder keeps up).
 *   <li>Zoom 8 to {@value #AGGREGATES_MAX_ZOOM}: the same cells first; their sum is the number of
 *       matching events inside the tile. Up to {@value EventTiles#MAX_POINTS} the tile holds the
 *       events as points (read through the GiST index on point and date of migration V11), more and
 *       it holds the cells as clusters, so a dense tile never reads its events.
 *   <li>Above: the matching events of the buffered tile are read once (a materialised CTE); if at
 *       most {@value EventTiles#MAX_POINTS} lie inside the tile they become points, more become
 *       clusters computed from them on the fly.
 * </ul>
 *
 * PostgreSQL evaluates only the branch of a {@code CASE} it takes.
 *
 * <p>Pure; thread-safe. Unit-tested without a database.
 */
public final class EventTileSql {

  static final double BUFFER_FRACTION = (double) EventTiles.BUFFER / EventTiles.EXTENT;

  private EventTileSql() {}

  /** Highest zoom whose cells are stored in {@code event_cells} (odd zooms 1..11, V14). */
  static final int AGGREGATES_MAX_ZOOM = 11;

  /** The statement answering one {@code bytea} MVT for {@code coord} under {@code filter}. */
  public static BoundSql forTile(TileCoord coord, TileFilter filter) {
    if (EventTiles.alwaysClusters(coord.z())) {
      return fromAggregates(coord, filter);
    }
    return coord.z() <= AGGREGATES_MAX_ZOOM
        ? pointsOrAggregates(coord, filter)
        : pointsOrClusters(coord, filter);
  }

  /** The tile's clusters: cell, count, mean position and dominant type; {@code %s}: the spans. */
  private static final String CELLS =
      """
      SELECT c.cell, sum(c.n)::bigint AS n, sum(c.sx) AS sx, sum(c.sy) AS sy,
             (array_agg(c.type ORDER BY c.n DESC, c.type COLLATE "C"))[1] AS type
      FROM (
        SELECT cell, type, sum(n) AS n, sum(sx) AS sx, sum(sy) AS sy
        FROM (%s) spans
        GROUP BY cell, type) c
      GROUP BY c.cell""";

  /** The MVT of clusters {@code k} (placeholders: the tile's z, x, y). */
  private static final String CLUSTER_MVT =
      """
      SELECT ST_AsMVT(t, 'events', 4096, 'geom') FROM (
        SELECT ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(k.sx / k.n, k.sy / k.n), 3857),
                            ST_TileEnvelope(?, ?, ?), 4096, 64, true) AS geom,
               true AS cluster, k.n AS count, k.type
        FROM k
        ORDER BY k.cell) t""";

  private static final String AGGREGATES = "WITH k AS (" + CELLS + ")\n" + CLUSTER_MVT;

  /**
   * The events of the buffered tile as points (placeholders: z, x, y of the tile, then z, x, y and
   * margin of the buffered tile; {@code %s}: the filters on {@code e}).
   */
  private static final String POINT_MVT =
      """
      SELECT ST_AsMVT(t, 'events', 4096, 'geom', 'fid') FROM (
        SELECT ST_AsMVTGeom(e.geom_3857, ST_TileEnvelope(?, ?, ?), 4096, 64, true) AS geom,
               e.id AS fid, e.id, e.event_date::text AS date, e.type, e.sub_type AS "subType",
               e.geo_precision::int AS "geoPrecision", e.country::text AS country, e.admin1,
               e.report_id AS "reportId", e.geo_precision = 3 AS "regionLevel"
        FROM events e
        WHERE e.geom_3857 && ST_TileEnvelope(?, ?, ?, margin => ?)%s
        ORDER BY e.id) t""";

  private static final String POINTS_OR_AGGREGATES =
      "WITH k AS MATERIALIZED ("
          + CELLS
          + ")\nSELECT CASE WHEN (SELECT coalesce(sum(n), 0) FROM k) <= ?\nTHEN ("
          + POINT_MVT
          + ")\nELSE ("
          + CLUSTER_MVT
          + ")\nEND";

  /**
   * Zoom 8 to {@value #AGGREGATES_MAX_ZOOM}: the stored cells count the matching events inside the
   * tile; points when at most {@value EventTiles#MAX_POINTS}, else the cells as clusters.
   */
  static BoundSql pointsOrAggregates(TileCoord t, TileFilter f) {
    Spans spans = spans(t, f);
    List<Object> params = new ArrayList<>(spans.params());
    params.add(EventTiles.MAX_POINTS);
    params.addAll(List.of(t.z(), t.x(), t.y(), t.z(), t.x(), t.y(), BUFFER_FRACTION));
    StringBuilder filters = new StringBuilder();
    params.addAll(eventFilters(f, filters));
    params.addAll(List.of(t.z(), t.x(), t.y()));
    return new BoundSql(POINTS_OR_AGGREGATES.formatted(spans.union(), filters), params);
  }

  /**
   * One span of the date range in one stored tile: an index-only range scan of {@code event_cells}'
   * key. The stored cells are those of zoom {@code z + 1} for even zooms; {@code cell} maps them to
   * the requested tile's cells (2 x 2 merge), the identity at odd zooms.
   */
  private static final String SPAN =
      """
      SELECT ((((ty * 32 + (cell >> 5)) >> ?) & 31) * 32
              + (((tx * 32 + (cell & 31)) >> ?) & 31))::smallint AS cell, type, n, sx, sy
      FROM event_cells
      WHERE z = ? AND tx = ? AND ty = ? AND grain = ? AND period BETWEEN ? AND ?%s""";

  /**
   * The events not yet folded into {@code event_cells} (migration V15), as cells of the requested
   * tile: the same cell keys the fold computes ({@code event_cell_keys}), at the requested zoom
   * directly (for an even zoom that is what the 2 x 2 merge of the next zoom's cells gives), one
   * row per event. Placeholders: the zoom's grid size four times, the first and last day, the
   * filters ({@code %s}), the tile's x and y.
   */
  private static final String PENDING =
      """
      SELECT ((gy & 31) * 32 + (gx & 31))::smallint AS cell, type, 1::bigint AS n, x AS sx, y AS sy
      FROM (
        SELECT type, x, y,
               LEAST(GREATEST(floor((x + 20037508.342789244) / 40075016.68557849 * ?)::bigint, 0),
                     ? - 1) AS gx,
               LEAST(GREATEST(floor((20037508.342789244 - y) / 40075016.68557849 * ?)::bigint, 0),
                     ? - 1) AS gy
        FROM event_cells_pending
        WHERE event_date BETWEEN ? AND ?%s) p
      WHERE gx >> 5 = ? AND gy >> 5 = ?""";

  /**
   * Clusters of zoom ≤ 7 from {@code event_cells}. Cells are stored for odd zooms only (migration
   * V12, half the rows to keep current on writes); an even zoom reads the four tiles of the next
   * zoom and merges their cells 2 x 2, which gives exactly its own cells.
   */
  static BoundSql fromAggregates(TileCoord t, TileFilter f) {
    Spans spans = spans(t, f);
    List<Object> params = new ArrayList<>(spans.params());
    params.addAll(List.of(t.z(), t.x(), t.y()));
    return new BoundSql(AGGREGATES.formatted(spans.union()), params);
  }

  /**
   * The spans of the stored cells under a tile and the tile's pending events, joined by {@code
   * UNION ALL}, and their values.
   */
  private record Spans(String union, List<Object> params) {}

  private static Spans spans(TileCoord t, TileFilter f) {
    List<Object> filterParams = new ArrayList<>();
    StringBuilder filters = new StringBuilder();
    in(filters, filterParams, "type", f.types());
    in(filters, filterParams, "country", f.countries());
    in(filters, filterParams, "admin1", f.regions());
    in(filters, filterParams, "geo_precision", f.geoPrecisions());
    int shift = t.z() % 2 == 0 ? 1 : 0;
    int stored = t.z() + shift;
    List<Object> params = new ArrayList<>();
    List<String> spans = new ArrayList<>();
    for (PeriodCover.Span s : PeriodCover.of(f.from(), f.to())) {
      for (int dy = 0; dy <= shift; dy++) {
        for (int dx = 0; dx <= shift; dx++) {
          spans.add(SPAN.formatted(filters));
          params.addAll(
              List.of(shift, shift, stored, (t.x() << shift) + dx, (t.y() << shift) + dy));
          params.addAll(List.of(s.grain().code, s.first(), s.last()));
          params.addAll(filterParams);
        }
      }
    }
    if (!spans.isEmpty()) {
      spans.add(PENDING.formatted(filters));
      long cells = 1L << (t.z() + EventTiles.CELL_SHIFT);
      params.addAll(List.of(cells, cells, cells, cells));
      params.add(f.from() == null ? PeriodCover.MIN : f.from());
      params.add(f.to() == null ? PeriodCover.MAX : f.to());
      params.addAll(filterParams);
      params.addAll(List.of((long) t.x(), (long) t.y()));
    }
    String union =
        spans.isEmpty()
            ? "SELECT 0::smallint AS cell, ''::text AS type, 0::bigint AS n,"
                + " 0::float8 AS sx, 0::float8 AS sy WHERE false"
            : String.join("\nUNION ALL\n", spans);
    return new Spans(union, params);
  }

  private static final String POINTS_OR_CLUSTERS =
      """
      WITH m AS MATERIALIZED (
        SELECT e.id, e.report_id, e.event_date, e.type, e.sub_type, e.geo_precision, e.country,
               e.admin1, e.geom_3857,
               LEAST(GREATEST(floor((ST_X(e.geom_3857) + 20037508.342789244)
                 / 40075016.68557849 * ?)::bigint, 0), ? - 1) AS gx,
               LEAST(GREATEST(floor((20037508.342789244 - ST_Y(e.geom_3857))
                 / 40075016.68557849 * ?)::bigint, 0), ? - 1) AS gy
        FROM events e
        WHERE e.geom_3857 && ST_TileEnvelope(?, ?, ?, margin => ?)%s)
      SELECT CASE WHEN (SELECT count(*) FROM m WHERE m.gx >> 5 = ? AND m.gy >> 5 = ?) <= ?
      THEN (
        SELECT ST_AsMVT(t, 'events', 4096, 'geom', 'fid') FROM (
          SELECT ST_AsMVTGeom(m.geom_3857, ST_TileEnvelope(?, ?, ?), 4096, 64, true) AS geom,
                 m.id AS fid, m.id, m.event_date::text AS date, m.type, m.sub_type AS "subType",
                 m.geo_precision::int AS "geoPrecision", m.country::text AS country, m.admin1,
                 m.report_id AS "reportId", m.geo_precision = 3 AS "regionLevel"
          FROM m
          ORDER BY m.id) t)
      ELSE (
        SELECT ST_AsMVT(t, 'events', 4096, 'geom') FROM (
          SELECT ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(k.sx / k.n, k.sy / k.n), 3857),
                              ST_TileEnvelope(?, ?, ?), 4096, 64, true) AS geom,
                 true AS cluster, k.n AS count, k.type
          FROM (
            SELECT c.cell, sum(c.n)::bigint AS n, sum(c.sx) AS sx, sum(c.sy) AS sy,
                   (array_agg(c.type ORDER BY c.n DESC, c.type COLLATE "C"))[1] AS type
            FROM (
              SELECT (m.gy & 31) * 32 + (m.gx & 31) AS cell, m.type, count(*) AS n,
                     sum(ST_X(m.geom_3857)) AS sx, sum(ST_Y(m.geom_3857)) AS sy
              FROM m
              WHERE m.gx >> 5 = ? AND m.gy >> 5 = ?
              GROUP BY 1, 2) c
            GROUP BY c.cell
            ORDER BY c.cell) k) t)
      END
      """;

  /**
   * Zoom above {@value #AGGREGATES_MAX_ZOOM}: points, or clusters when more than {@value
   * EventTiles#MAX_POINTS} matching events lie inside the tile.
   */
  static BoundSql pointsOrClusters(TileCoord t, TileFilter f) {
    StringBuilder filters = new StringBuilder();
    List<Object> filterParams = eventFilters(f, filters);
    long cells = 1L << (t.z() + EventTiles.CELL_SHIFT);
    List<Object> p = new ArrayList<>();
    p.addAll(List.of(cells, cells, cells, cells));
    p.addAll(List.of(t.z(), t.x(), t.y(), BUFFER_FRACTION));
    p.addAll(filterParams);
    p.addAll(List.of((long) t.x(), (long) t.y(), EventTiles.MAX_POINTS));
    p.addAll(List.of(t.z(), t.x(), t.y())); // points
    p.addAll(List.of(t.z(), t.x(), t.y())); // clusters
    p.addAll(List.of((long) t.x(), (long) t.y()));
    return new BoundSql(POINTS_OR_CLUSTERS.formatted(filters), p);
  }

  /** Appends the filters on {@code e} to {@code sql}; answers their values in order. */
  private static List<Object> eventFilters(TileFilter f, StringBuilder sql) {
    List<Object> params = new ArrayList<>();
    if (f.from() != null) {
      sql.append(" AND e.event_date >= ?");
      params.add(f.from());
    }
    if (f.to() != null) {
      sql.append(" AND e.event_date <= ?");
      params.add(f.to());
    }
    in(sql, params, "e.type", f.types());
    in(sql, params, "e.country", f.countries());
    in(sql, params, "e.admin1", f.regions());
    in(sql, params, "e.geo_precision", f.geoPrecisions());
    return params;
  }

  private static void in(StringBuilder sql, List<Object> params, String column, List<?> values) {
    if (values.isEmpty()) {
      return;
    }
    sql.append(" AND ")
        .append(column)
        .append(" IN (")
        .append(String.join(", ", Collections.nCopies(values.size(), "?")))
        .append(')');
    params.addAll(values);
  }
}
