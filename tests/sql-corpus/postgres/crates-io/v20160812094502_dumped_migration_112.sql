-- revision: v20160812094502
-- down_revision: v20160812094501
-- message: rust-lang/crates.io dumped_migration_112

-- migrate:up
CREATE UNIQUE INDEX users_gh_id ON users (gh_id) WHERE gh_id > 0;

-- migrate:down
DROP INDEX users_gh_id;
