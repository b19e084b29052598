-- revision: v20260416031709
-- down_revision: v20260407163134
-- message: rust-lang/docs.rs builds_memory_peak

-- migrate:up
ALTER TABLE builds ADD COLUMN memory_peak BIGINT;
CREATE INDEX builds_memory_peak_idx ON builds USING btree (memory_peak) ;

-- migrate:down
DROP INDEX builds_memory_peak_idx;
ALTER TABLE builds DROP COLUMN memory_peak;
