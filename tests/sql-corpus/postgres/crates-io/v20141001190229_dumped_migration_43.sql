-- revision: v20141001190229
-- down_revision: v20141001190228
-- message: rust-lang/crates.io dumped_migration_43

-- migrate:up
CREATE INDEX index_users_gh_login ON users (gh_login);

-- migrate:down
DROP INDEX index_users_gh_login;
