-- Halves the write cost of the tile aggregates: cells are kept for zooms 1, 3, 5 and 7 only (12 rows
-- touched per event instead of 24). A tile at an even zoom z reads the four tiles of zoom z + 1 that
-- make it and merges their cells 2 x 2 (EventTileSql), which gives exactly its own cells.
CREATE OR REPLACE FUNCTION event_cell_keys(geom_3857 geometry, event_date date)
RETURNS TABLE (z SMALLINT, tx INTEGER, ty INTEGER, grain SMALLINT, period DATE, cell SMALLINT)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT z::smallint, (gx >> 5)::int, (gy >> 5)::int, g.grain::smallint,
         CASE g.grain WHEN 0 THEN event_date
                      WHEN 1 THEN date_trunc('month', event_date)::date
                      ELSE date_trunc('year', event_date)::date END,
         ((gy & 31) * 32 + (gx & 31))::smallint
  FROM generate_series(1, 7, 2) AS z
  CROSS JOIN LATERAL (
    SELECT LEAST(GREATEST(floor((ST_X(geom_3857) + 20037508.342789244) / 40075016.68557849
                                * (1 << (z + 5)))::bigint, 0), (1 << (z + 5)) - 1) AS gx,
           LEAST(GREATEST(floor((20037508.342789244 - ST_Y(geom_3857)) / 40075016.68557849
                                * (1 << (z + 5)))::bigint, 0), (1 << (z + 5)) - 1) AS gy) AS g0
  CROSS JOIN (VALUES (0), (1), (2)) AS g(grain)
$$;

TRUNCATE event_cells;
INSERT INTO event_cells
SELECT k.z, k.tx, k.ty, k.grain, k.period, k.cell, e.type, COALESCE(e.country, ''),
       COALESCE(e.admin1, ''), e.geo_precision, count(*), sum(ST_X(e.geom_3857)),
       sum(ST_Y(e.geom_3857))
FROM events e CROSS JOIN LATERAL event_cell_keys(e.geom_3857, e.event_date) k
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
