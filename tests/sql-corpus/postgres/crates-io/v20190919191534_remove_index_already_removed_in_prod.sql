-- revision: v20190919191534
-- down_revision: v20190919185655
-- message: rust-lang/crates.io remove_index_already_removed_in_prod

-- migrate:up
DROP INDEX IF EXISTS index_version_crate_id;

-- migrate:down
CREATE INDEX IF NOT EXISTS index_version_crate_id ON versions USING btree (crate_id);
