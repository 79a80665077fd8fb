-- Precomputed aggregates for the clustered events tiles (zoom 0..7), kept current by triggers.
--
-- A tile at zoom z is cut into 32 x 32 cells (the tiles of zoom z + 5). For every zoom 0..7 and every
-- cell, events are counted per (period, type, country, admin1, geo_precision) at three grains: day,
-- month and year. A tile query covers its date range with whole years, whole months and leftover
-- days (PeriodCover), one index range per span, so any range reads a few thousand index entries
-- instead of every event.
-- sx, sy: sums of the events' EPSG:3857 coordinates, for the cluster's mean position.
-- Missing country / admin1 are stored as '' (filters never match '').
CREATE TABLE event_cells (
  z             SMALLINT NOT NULL,
  tx            INTEGER NOT NULL,
  ty            INTEGER NOT NULL,
  grain         SMALLINT NOT NULL,  -- 0 day, 1 month, 2 year
  period        DATE NOT NULL,      -- first day of the period
  cell          SMALLINT NOT NULL,  -- row * 32 + column within the tile
  type          VARCHAR(40) NOT NULL,
  country       VARCHAR(2) NOT NULL,
  admin1        VARCHAR(10) NOT NULL,
  geo_precision SMALLINT NOT NULL,
  n             BIGINT NOT NULL,
  sx            DOUBLE PRECISION NOT NULL,
  sy            DOUBLE PRECISION NOT NULL,
  -- covering: a tile's spans are read by index-only range scans
  PRIMARY KEY (z, tx, ty, grain, period, cell, type, country, admin1, geo_precision)
    INCLUDE (n, sx, sy)
);

-- The cells an event row adds to: one per zoom 0..7 and grain.
CREATE FUNCTION event_cell_keys(geom_3857 geometry, event_date date)
RETURNS TABLE (z SMALLINT, tx INTEGER, ty INTEGER, grain SMALLINT, period DATE, cell SMALLINT)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT z::smallint, (gx >> 5)::int, (gy >> 5)::int, g.grain::smallint,
         CASE g.grain WHEN 0 THEN event_date
                      WHEN 1 THEN date_trunc('month', event_date)::date
                      ELSE date_trunc('year', event_date)::date END,
         ((gy & 31) * 32 + (gx & 31))::smallint
  FROM generate_series(0, 7) AS z
  CROSS JOIN LATERAL (
    SELECT LEAST(GREATEST(floor((ST_X(geom_3857) + 20037508.342789244) / 40075016.68557849
                                * (1 << (z + 5)))::bigint, 0), (1 << (z + 5)) - 1) AS gx,
           LEAST(GREATEST(floor((20037508.342789244 - ST_Y(geom_3857)) / 40075016.68557849
                                * (1 << (z + 5)))::bigint, 0), (1 << (z + 5)) - 1) AS gy) AS g0
  CROSS JOIN (VALUES (0), (1), (2)) AS g(grain)
$$;

CREATE FUNCTION event_cells_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_cells AS c
  SELECT k.z, k.tx, k.ty, k.grain, k.period, k.cell, e.type, COALESCE(e.country, ''),
         COALESCE(e.admin1, ''), e.geo_precision, count(*), sum(ST_X(e.geom_3857)),
         sum(ST_Y(e.geom_3857))
  FROM new_events e CROSS JOIN LATERAL event_cell_keys(e.geom_3857, e.event_date) k
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  ON CONFLICT (z, tx, ty, grain, period, cell, type, country, admin1, geo_precision)
  DO UPDATE SET n = c.n + excluded.n, sx = c.sx + excluded.sx, sy = c.sy + excluded.sy;
  RETURN NULL;
END $$;

-- Cells whose count reaches zero are deleted, the others decremented: two data-modifying parts of
-- one statement on disjoint rows, each reaching its rows through the key (no scan of the table).
CREATE FUNCTION event_cells_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH gone AS MATERIALIZED (
    SELECT k.z, k.tx, k.ty, k.grain, k.period, k.cell, e.type, COALESCE(e.country, '') AS country,
           COALESCE(e.admin1, '') AS admin1, e.geo_precision, count(*) AS n,
           sum(ST_X(e.geom_3857)) AS sx, sum(ST_Y(e.geom_3857)) AS sy
    FROM old_events e CROSS JOIN LATERAL event_cell_keys(e.geom_3857, e.event_date) k
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  ), emptied AS (
    DELETE FROM event_cells c USING gone g
    WHERE (c.z, c.tx, c.ty, c.grain, c.period, c.cell, c.type, c.country, c.admin1, c.geo_precision)
        = (g.z, g.tx, g.ty, g.grain, g.period, g.cell, g.type, g.country, g.admin1, g.geo_precision)
      AND c.n <= g.n
    RETURNING 1
  )
  UPDATE event_cells c SET n = c.n - g.n, sx = c.sx - g.sx, sy = c.sy - g.sy
  FROM gone g
  WHERE (c.z, c.tx, c.ty, c.grain, c.period, c.cell, c.type, c.country, c.admin1, c.geo_precision)
      = (g.z, g.tx, g.ty, g.grain, g.period, g.cell, g.type, g.country, g.admin1, g.geo_precision)
    AND c.n > g.n;
  RETURN NULL;
END $$;

CREATE TRIGGER event_cells_on_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION event_cells_add();
CREATE TRIGGER event_cells_on_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_events FOR EACH STATEMENT EXECUTE FUNCTION event_cells_remove();
-- An update is a removal of the old rows and an addition of the new ones.
CREATE TRIGGER event_cells_on_update_remove AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_events FOR EACH STATEMENT EXECUTE FUNCTION event_cells_remove();
CREATE TRIGGER event_cells_on_update_add AFTER UPDATE ON events
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION event_cells_add();
-- TRUNCATE fires no row triggers: empty the aggregates with it.
CREATE FUNCTION event_cells_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE event_cells;
  RETURN NULL;
END $$;
CREATE TRIGGER event_cells_on_truncate AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION event_cells_truncate();

-- Events stored before this migration.
INSERT INTO event_cells
SELECT k.z, k.tx, k.ty, k.grain, k.period, k.cell, e.type, COALESCE(e.country, ''),
       COALESCE(e.admin1, ''), e.geo_precision, count(*), sum(ST_X(e.geom_3857)),
       sum(ST_Y(e.geom_3857))
FROM events e CROSS JOIN LATERAL event_cell_keys(e.geom_3857, e.event_date) k
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
