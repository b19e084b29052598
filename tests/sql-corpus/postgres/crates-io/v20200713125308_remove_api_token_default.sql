-- revision: v20200713125308
-- down_revision: v20200214183929
-- message: rust-lang/crates.io remove_api_token_default

-- migrate:up
ALTER TABLE api_tokens ALTER COLUMN token DROP DEFAULT;

-- migrate:down
ALTER TABLE api_tokens ALTER COLUMN token SET DEFAULT random_string(32);
