-- When the data last changed: Last-Modified of items, stats and exports.
ALTER TABLE data_version ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
