-- revision: v0035
-- down_revision: v0034
-- message: harness/harness create_index_tokens_type_expires_at

-- migrate:up
CREATE INDEX tokens_type_expires_at ON tokens(token_type, token_expires_at);

-- migrate:down
DROP INDEX tokens_type_expires_at;
