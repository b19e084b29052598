-- revision: v20250716123330
-- down_revision: v20250704102806
-- message: rust-lang/crates.io add_gh_encrypted_token

-- migrate:up
alter table users
    add column gh_encrypted_token bytea;

comment on column users.gh_encrypted_token is 'Encrypted GitHub access token';

-- migrate:down
alter table users drop column gh_encrypted_token;
