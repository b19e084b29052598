-- revision: v20200214183929
-- down_revision: v20191213053745
-- message: rust-lang/crates.io remove_version_authors_user_id

-- migrate:up
ALTER TABLE version_authors DROP COLUMN user_id;

-- migrate:down
ALTER TABLE version_authors ADD COLUMN user_id INTEGER;
