-- Events counted per day, type, country, admin-1 and geo_precision, kept current by triggers (like
-- event_cells): /stats/timeseries and /stats/regions, and the counts of the regions choropleth,
-- read these sums instead of every event when their filters are only dates, types, regions,
-- countries and precisions (JdbcEventStore). Three years of a front line are some 10^5 rows
-- instead of 10^6 events. Missing country / admin1 are stored as '' (filters never match '').
CREATE TABLE event_daily (
  event_date    DATE NOT NULL,
  type          VARCHAR(40) NOT NULL,
  country       VARCHAR(2) NOT NULL,
  admin1        VARCHAR(10) NOT NULL,
  geo_precision SMALLINT NOT NULL,
  n             BIGINT NOT NULL,
  PRIMARY KEY (event_date, type, country, admin1, geo_precision) INCLUDE (n)
);
-- Region filters (the most common on dashboards) read their region's rows only.
CREATE INDEX event_daily_admin1 ON event_daily (admin1, event_date) INCLUDE (type, geo_precision, n);

CREATE FUNCTION event_daily_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_daily AS d
  SELECT e.event_date, e.type, COALESCE(e.country, ''), COALESCE(e.admin1, ''), e.geo_precision,
         count(*)
  FROM new_events e
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (event_date, type, country, admin1, geo_precision)
  DO UPDATE SET n = d.n + excluded.n;
  RETURN NULL;
END $$;

CREATE FUNCTION event_daily_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH gone AS MATERIALIZED (
    SELECT e.event_date, e.type, COALESCE(e.country, '') AS country,
           COALESCE(e.admin1, '') AS admin1, e.geo_precision, count(*) AS n
    FROM old_events e
    GROUP BY 1, 2, 3, 4, 5
  ), emptied AS (
    DELETE FROM event_daily d USING gone g
    WHERE (d.event_date, d.type, d.country, d.admin1, d.geo_precision)
        = (g.event_date, g.type, g.country, g.admin1, g.geo_precision)
      AND d.n <= g.n
    RETURNING 1
  )
  UPDATE event_daily d SET n = d.n - g.n
  FROM gone g
  WHERE (d.event_date, d.type, d.country, d.admin1, d.geo_precision)
      = (g.event_date, g.type, g.country, g.admin1, g.geo_precision)
    AND d.n > g.n;
  RETURN NULL;
END $$;

CREATE TRIGGER event_daily_on_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION event_daily_add();
CREATE TRIGGER event_daily_on_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_events FOR EACH STATEMENT EXECUTE FUNCTION event_daily_remove();
CREATE TRIGGER event_daily_on_update_remove AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_events FOR EACH STATEMENT EXECUTE FUNCTION event_daily_remove();
CREATE TRIGGER event_daily_on_update_add AFTER UPDATE ON events
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION event_daily_add();
CREATE FUNCTION event_daily_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE event_daily;
  RETURN NULL;
END $$;
CREATE TRIGGER event_daily_on_truncate AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION event_daily_truncate();

-- Events stored before this migration.
INSERT INTO event_daily
SELECT event_date, type, COALESCE(country, ''), COALESCE(admin1, ''), geo_precision, count(*)
FROM events
GROUP BY 1, 2, 3, 4, 5;
