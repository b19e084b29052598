-- revision: 20251023_0010
-- down_revision: 20251022_0009
-- message: add klines.open_time_dt, the open time as a timestamp

-- Nullable, so adding it is instant on a large table; the next revision
-- fills it in batches, and a later one can make it NOT NULL.

-- migrate:up
ALTER TABLE klines ADD COLUMN open_time_dt TIMESTAMP NULL;

-- migrate:down
ALTER TABLE klines DROP COLUMN open_time_dt;
