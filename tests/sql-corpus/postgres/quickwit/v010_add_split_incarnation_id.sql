-- revision: v010
-- down_revision: v009
-- message: quickwit-oss/quickwit add_split_incarnation_id

-- migrate:up
ALTER TABLE indexes ALTER COLUMN index_uid TYPE VARCHAR(282);
ALTER TABLE indexes ALTER COLUMN index_id TYPE VARCHAR(255);
ALTER TABLE splits ALTER COLUMN index_uid TYPE VARCHAR(282);
ALTER TABLE delete_tasks ALTER COLUMN index_uid TYPE VARCHAR(282);

-- migrate:down
ALTER TABLE indexes ALTER COLUMN index_uid TYPE VARCHAR(64);
ALTER TABLE indexes ALTER COLUMN index_id TYPE VARCHAR(50);
ALTER TABLE splits ALTER COLUMN index_uid TYPE VARCHAR(64);
ALTER TABLE delete_tasks ALTER COLUMN index_uid TYPE VARCHAR(64);
