-- revision: v20170312165531
-- down_revision: v20170311180634
-- message: rust-lang/crates.io index_dependencies

-- migrate:up
CREATE INDEX ON dependencies (crate_id, version_id);

-- migrate:down
DROP INDEX dependencies_crate_id_version_id_idx;
