-- revision: v202607151829340000
-- down_revision: v202607151816520000
-- message: rust-lang/crates.io drop_users_gh_encrypted_token

-- migrate:up
-- safety-assured:start
-- The column is no longer read or written. Encrypted GitHub tokens are stored in
-- `oauth_github.encrypted_token`.
ALTER TABLE users DROP COLUMN gh_encrypted_token;
-- safety-assured:end

-- migrate:down
alter table users
    add column gh_encrypted_token bytea;

comment on column users.gh_encrypted_token is 'Encrypted GitHub access token';
