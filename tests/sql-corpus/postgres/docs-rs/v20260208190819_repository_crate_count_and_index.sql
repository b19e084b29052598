-- revision: v20260208190819
-- down_revision: v20260208042033
-- message: rust-lang/docs.rs repository_crate_count_and_index

-- migrate:up
ALTER TABLE repositories ADD COLUMN crate_count INT NOT NULL DEFAULT 0;
CREATE INDEX repositories_name_idx ON repositories USING btree (name);

-- migrate:down
ALTER TABLE repositories DROP COLUMN crate_count;
DROP INDEX repositories_name_idx;
