-- Cells are also kept for zooms 9 and 11 (so for every zoom up to 11, even zooms merging the next
-- one 2 x 2, as in V12): a tile of zoom 8..11 learns from them how many events match inside it and,
-- when they are too many for points, draws its clusters from them without reading the events
-- (EventTileSql). 18 cell rows are touched per event instead of 12.
CREATE OR REPLACE FUNCTION event_cell_keys(geom_3857 geometry, event_date date)
RETURNS TABLE (z SMALLINT, tx INTEGER, ty INTEGER, grain SMALLINT, period DATE, cell SMALLINT)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT z::smallint, (gx >> 5)::int, (gy >> 5)::int, g.grain::smallint,
         CASE g.grain WHEN 0 THEN event_date
                      WHEN 1 THEN date_trunc('month', event_date)::date
                      ELSE date_trunc('year', event_date)::date END,
         ((gy & 31) * 32 + (gx & 31))::smallint
  FROM generate_series(1, 11, 2) AS z
  CROSS JOIN LATERAL (
    SELECT LEAST(GREATEST(floor((ST_X(geom_3857) + 20037508.342789244) / 40075016.68557849
                                * (1 << (z + 5)))::bigint, 0), (1 << (z + 5)) - 1) AS gx,
           LEAST(GREATEST(floor((20037508.342789244 - ST_Y(geom_3857)) / 40075016.68557849
                                * (1 << (z + 5)))::bigint, 0), (1 << (z + 5)) - 1) AS gy) AS g0
  CROSS JOIN (VALUES (0), (1), (2)) AS g(grain)
$$;

-- Cells of the new zooms for the events stored before this migration.
INSERT INTO event_cells
SELECT k.z, k.tx, k.ty, k.grain, k.period, k.cell, e.type, COALESCE(e.country, ''),
       COALESCE(e.admin1, ''), e.geo_precision, count(*), sum(ST_X(e.geom_3857)),
       sum(ST_Y(e.geom_3857))
FROM events e CROSS JOIN LATERAL event_cell_keys(e.geom_3857, e.event_date) k
WHERE k.z IN (9, 11)
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
