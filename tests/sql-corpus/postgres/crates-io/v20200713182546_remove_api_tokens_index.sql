-- revision: v20200713182546
-- down_revision: v20200713125308
-- message: rust-lang/crates.io remove_api_tokens_index

-- migrate:up
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_token_key;
DROP INDEX api_tokens_token_idx;

-- migrate:down
CREATE INDEX api_tokens_token_idx ON api_tokens (token);
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_token_key UNIQUE (token);
