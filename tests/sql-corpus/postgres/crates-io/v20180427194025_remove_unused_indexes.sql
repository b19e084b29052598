-- revision: v20180427194025
-- down_revision: v20180424145128
-- message: rust-lang/crates.io remove_unused_indexes

-- migrate:up
DROP INDEX reserved_crate_names_canon_crate_name_idx;
DROP INDEX index_users_gh_id;
DROP INDEX index_version_downloads_version_id;
DROP INDEX index_version_downloads_date;

-- migrate:down
CREATE UNIQUE INDEX reserved_crate_names_canon_crate_name_idx ON reserved_crate_names (canon_crate_name(name));
CREATE INDEX index_users_gh_id ON users (gh_id);
CREATE INDEX index_version_downloads_version_id ON version_downloads (version_id);
CREATE INDEX index_version_downloads_date ON version_downloads (date);
