-- When the data last changed: Last-Modified of items, stats and exports.
ALTER TABLE data_version ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP;
