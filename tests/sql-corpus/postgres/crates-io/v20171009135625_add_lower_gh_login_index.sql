-- revision: v20171009135625
-- down_revision: v20171008193512
-- message: rust-lang/crates.io add_lower_gh_login_index

-- migrate:up
DROP INDEX IF EXISTS index_users_gh_login;
CREATE INDEX lower_gh_login ON users (lower(gh_login));

-- migrate:down
DROP INDEX IF EXISTS lower_gh_login;
CREATE INDEX index_users_gh_login ON users (gh_login);
