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
 *       event_cells} (migration V10), the date range covered by {@link PeriodCover}: one index-only
 *       range scan per span, joined by {@code UNION ALL}.
 *   <li>Above: the matching events of the buffered tile are read once (a materialised CTE, through
 *       the GiST index on point and date of migration V11); at most {@value EventTiles#MAX_POINTS}
 *       become points, more become clusters computed from them on the fly (only events whose cell
 *       is inside the tile). PostgreSQL evaluates only the branch it takes.
 * </ul>
 *
 * Pure; thread-safe. Unit-tested without a database.
 */
public final class EventTileSql {

  static final double BUFFER_FRACTION = (double) EventTiles.BUFFER / EventTiles.EXTENT;

  private EventTileSql() {}

  /** The statement answering one {@code bytea} MVT for {@code coord} under {@code filter}. */
  public static BoundSql forTile(TileCoord coord, TileFilter filter) {
    return EventTiles.alwaysClusters(coord.z())
        ? fromAggregates(coord, filter)
        : pointsOrClusters(coord, filter);
  }

  private static final String AGGREGATES =
      """
      SELECT ST_AsMVT(t, 'events', 4096, 'geom') FROM (
        SELECT ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(k.sx / k.n, k.sy / k.n), 3857),
                            ST_TileEnvelope(?, ?, ?), 4096, 64, true) AS geom,
               true AS cluster, k.n AS count, k.type
        FROM (
          SELECT c.cell, sum(c.n)::bigint AS n, sum(c.sx) AS sx, sum(c.sy) AS sy,
                 (array_agg(c.type ORDER BY c.n DESC, c.type COLLATE "C"))[1] AS type
          FROM (
            SELECT cell, type, sum(n) AS n, sum(sx) AS sx, sum(sy) AS sy
            FROM (%s) spans
            GROUP BY cell, type) c
          GROUP BY c.cell
          ORDER BY c.cell) k) t
      """;

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
   * Clusters of zoom ≤ 7 from {@code event_cells}. Cells are stored for odd zooms only (migration
   * V12, half the rows to keep current on writes); an even zoom reads the four tiles of the next
   * zoom and merges their cells 2 x 2, which gives exactly its own cells.
   */
  static BoundSql fromAggregates(TileCoord t, TileFilter f) {
    List<Object> filterParams = new ArrayList<>();
    StringBuilder filters = new StringBuilder();
    in(filters, filterParams, "type", f.types());
    in(filters, filterParams, "country", f.countries());
    in(filters, filterParams, "admin1", f.regions());
    in(filters, filterParams, "geo_precision", f.geoPrecisions());
    int shift = t.z() % 2 == 0 ? 1 : 0;
    int stored = t.z() + shift;
    List<Object> params = new ArrayList<>(List.of(t.z(), t.x(), t.y()));
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
    String union =
        spans.isEmpty()
            ? "SELECT 0::smallint AS cell, ''::text AS type, 0::bigint AS n,"
                + " 0::float8 AS sx, 0::float8 AS sy WHERE false"
            : String.join("\nUNION ALL\n", spans);
    return new BoundSql(AGGREGATES.formatted(union), params);
  }

  private static final String POINTS_OR_CLUSTERS =
      """
      WITH m AS MATERIALIZED (
        SELECT e.id, e.report_id, e.event_date, e.type, e.sub_type, e.geo_precision, e.country,
               e.admin1, e.geom_3857
        FROM events e
        WHERE e.geom_3857 && ST_TileEnvelope(?, ?, ?, margin => ?)%s)
      SELECT CASE WHEN (SELECT count(*) FROM m) <= ?
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
              SELECT (p.gy & 31) * 32 + (p.gx & 31) AS cell, p.type, count(*) AS n,
                     sum(p.x) AS sx, sum(p.y) AS sy
              FROM (
                SELECT ST_X(m.geom_3857) AS x, ST_Y(m.geom_3857) AS y, m.type,
                       LEAST(GREATEST(floor((ST_X(m.geom_3857) + 20037508.342789244)
                         / 40075016.68557849 * ?)::bigint, 0), ? - 1) AS gx,
                       LEAST(GREATEST(floor((20037508.342789244 - ST_Y(m.geom_3857))
                         / 40075016.68557849 * ?)::bigint, 0), ? - 1) AS gy
                FROM m) p
              WHERE p.gx >> 5 = ? AND p.gy >> 5 = ?
              GROUP BY 1, 2) c
            GROUP BY c.cell
            ORDER BY c.cell) k) t)
      END
      """;

  /** Zoom ≥ 8: points, or clusters when more than {@value EventTiles#MAX_POINTS} match. */
  static BoundSql pointsOrClusters(TileCoord t, TileFilter f) {
    List<Object> filterParams = new ArrayList<>();
    StringBuilder filters = new StringBuilder();
    if (f.from() != null) {
      filters.append(" AND e.event_date >= ?");
      filterParams.add(f.from());
    }
    if (f.to() != null) {
      filters.append(" AND e.event_date <= ?");
      filterParams.add(f.to());
    }
    in(filters, filterParams, "e.type", f.types());
    in(filters, filterParams, "e.country", f.countries());
    in(filters, filterParams, "e.admin1", f.regions());
    in(filters, filterParams, "e.geo_precision", f.geoPrecisions());

    long cells = 1L << (t.z() + EventTiles.CELL_SHIFT);
    List<Object> p = new ArrayList<>();
    p.addAll(List.of(t.z(), t.x(), t.y(), BUFFER_FRACTION));
    p.addAll(filterParams);
    p.add(EventTiles.MAX_POINTS);
    p.addAll(List.of(t.z(), t.x(), t.y())); // points
    p.addAll(List.of(t.z(), t.x(), t.y())); // clusters
    p.addAll(List.of(cells, cells, cells, cells));
    p.addAll(List.of((long) t.x(), (long) t.y()));
    return new BoundSql(POINTS_OR_CLUSTERS.formatted(filters), p);
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
