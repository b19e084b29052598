-- revision: v20160811151953
-- down_revision: v20160717174656
-- message: rust-lang/crates.io dumped_migration_109

-- migrate:up
ALTER TABLE users ADD COLUMN gh_id INTEGER;

-- migrate:down
ALTER TABLE users DROP COLUMN gh_id;
