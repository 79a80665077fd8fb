-- Items and counts filter by date plus bbox/type/region/country/precision. With those columns in
-- the leaf of the date index, counts (numberMatched) are index-only scans: on 1,000,000 events a
-- month-in-a-bbox count went from 30 ms (bitmap AND of two indexes + heap) to 4.5 ms.
DROP INDEX events_date_idx;
CREATE INDEX events_date_idx ON events (event_date, id) INCLUDE (geom, type, admin1, country, geo_precision);
