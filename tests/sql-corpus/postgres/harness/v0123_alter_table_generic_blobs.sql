-- revision: v0123
-- down_revision: v0122b
-- message: harness/harness alter_table_generic_blobs

-- migrate:up
ALTER TABLE generic_blobs
ALTER COLUMN generic_blob_size TYPE BIGINT;

-- migrate:down
ALTER TABLE generic_blobs
ALTER COLUMN generic_blob_size TYPE INTEGER;
