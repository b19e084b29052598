-- revision: v20260208042033
-- down_revision: v20260131071854
-- message: rust-lang/docs.rs repositories_index_updated

-- migrate:up
CREATE INDEX repositories_updated_idx ON repositories USING btree (updated_at);

-- migrate:down
DROP INDEX repositories_updated_idx;
