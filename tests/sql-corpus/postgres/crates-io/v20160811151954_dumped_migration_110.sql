-- revision: v20160811151954
-- down_revision: v20160811151953
-- message: rust-lang/crates.io dumped_migration_110

-- migrate:up
CREATE INDEX index_users_gh_id
                           ON users (gh_id);

-- migrate:down
DROP INDEX index_users_gh_id;
