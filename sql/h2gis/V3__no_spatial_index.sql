-- H2 (2.4.240) cannot reopen a database killed while a transaction had written to a spatial
-- index: rolling the transaction back opens the R-tree's undo entries with the wrong data type
-- ("ValueDataType cannot be cast to SpatialDataType"), and the store stays closed. CrashSafetyIT
-- caught it on a SIGKILL during ingest. Without the index a box filter scans the events, which the
-- embedded store's scale allows (docs/tiles.md); PostGIS keeps its GiST index.
DROP INDEX IF EXISTS events_geom_idx;
