-- revision: v20200714113112
-- down_revision: v20200713182546
-- message: rust-lang/crates.io change_api_token_to_bytea

-- migrate:up
CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA public;
ALTER TABLE api_tokens
  ALTER COLUMN token
  TYPE bytea USING decode(token, 'escape');
CREATE UNIQUE INDEX ON api_tokens (token);

-- migrate:down
ALTER TABLE api_tokens
  ALTER COLUMN token
  TYPE text USING encode(token, 'escape');
DROP INDEX api_tokens_token_idx;
