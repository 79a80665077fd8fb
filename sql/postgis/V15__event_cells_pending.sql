-- Writers no longer add to event_cells themselves. An insert into events records each new event in
-- event_cells_pending (one appended row per event, no aggregate row touched, so concurrent reports
-- never wait for each other's cells), and the store folds the pending events into event_cells in
-- batches (event_cells_fold, called by PostgisEventStore's folder a few times a second): events of
-- a batch that share a cell, period and attributes are added once, and events are geocoded to a
-- few thousand places, so a batch touches far fewer cell rows than its events did one report at a
-- time (18 per event since V14).
--
-- Tile statements read event_cells plus the pending events (EventTileSql) in one snapshot. An event
-- is in exactly one of the two at any moment: a fold deletes its batch from the queue and adds it
-- to the cells in one transaction.
CREATE TABLE event_cells_pending (
  id            BIGINT PRIMARY KEY,         -- the event's id
  event_date    DATE NOT NULL,
  type          VARCHAR(40) NOT NULL,
  country       VARCHAR(2) NOT NULL,        -- '' when missing, as in event_cells
  admin1        VARCHAR(10) NOT NULL,       -- '' when missing
  geo_precision SMALLINT NOT NULL,
  x             DOUBLE PRECISION NOT NULL,  -- EPSG:3857, as events.geom_3857
  y             DOUBLE PRECISION NOT NULL
);

CREATE OR REPLACE FUNCTION event_cells_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_cells_pending
  SELECT e.id, e.event_date, e.type, COALESCE(e.country, ''), COALESCE(e.admin1, ''),
         e.geo_precision, ST_X(e.geom_3857), ST_Y(e.geom_3857)
  FROM new_events e;
  RETURN NULL;
END $$;

-- Removed events still pending only leave the queue; the others are subtracted from the cells. A
-- fold that holds one of them (its row locked) is waited for: the row is then gone, the event is
-- in the cells, and the second statement, which takes a new snapshot, sees the cells it added.
CREATE OR REPLACE FUNCTION event_cells_remove() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unfolded BIGINT[];
BEGIN
  WITH d AS (
    DELETE FROM event_cells_pending p USING old_events o WHERE p.id = o.id RETURNING p.id
  )
  SELECT COALESCE(array_agg(d.id), '{}') INTO unfolded FROM d;

  WITH gone AS MATERIALIZED (
    SELECT k.z, k.tx, k.ty, k.grain, k.period, k.cell, e.type, COALESCE(e.country, '') AS country,
           COALESCE(e.admin1, '') AS admin1, e.geo_precision, count(*) AS n,
           sum(ST_X(e.geom_3857)) AS sx, sum(ST_Y(e.geom_3857)) AS sy
    FROM old_events e CROSS JOIN LATERAL event_cell_keys(e.geom_3857, e.event_date) k
    WHERE NOT EXISTS (SELECT 1 FROM unnest(unfolded) AS u(id) WHERE u.id = e.id)
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

-- An update removes the old rows, then queues the new ones: triggers of one event fire in name
-- order, and V10 named the adding one first: it is renamed to fire after event_cells_on_update_remove.
DROP TRIGGER event_cells_on_update_add ON events;
CREATE TRIGGER event_cells_on_update_zadd AFTER UPDATE ON events
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION event_cells_add();

CREATE OR REPLACE FUNCTION event_cells_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE event_cells, event_cells_pending;
  RETURN NULL;
END $$;

-- Folds up to max_events pending events (the oldest first) into event_cells; answers how many.
-- One fold at a time (a transaction-scoped advisory lock; a second caller answers 0 at once), and
-- cell rows are upserted in key order, so folds never deadlock with each other. Rows locked by a
-- transaction deleting their events are skipped and left to it.
CREATE FUNCTION event_cells_fold(max_events INTEGER) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
  folded INTEGER;
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('event_cells_fold')) THEN
    RETURN 0;
  END IF;
  WITH batch AS (
    DELETE FROM event_cells_pending
    WHERE id IN (SELECT p.id FROM event_cells_pending p ORDER BY p.id LIMIT max_events
                 FOR UPDATE SKIP LOCKED)
    RETURNING *
  ), added AS (
    INSERT INTO event_cells AS c
    SELECT k.z, k.tx, k.ty, k.grain, k.period, k.cell, b.type, b.country, b.admin1,
           b.geo_precision, count(*), sum(b.x), sum(b.y)
    FROM batch b
    CROSS JOIN LATERAL event_cell_keys(ST_SetSRID(ST_MakePoint(b.x, b.y), 3857), b.event_date) k
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ON CONFLICT (z, tx, ty, grain, period, cell, type, country, admin1, geo_precision)
    DO UPDATE SET n = c.n + excluded.n, sx = c.sx + excluded.sx, sy = c.sy + excluded.sy
  )
  SELECT count(*) INTO folded FROM batch;
  RETURN folded;
END $$;
