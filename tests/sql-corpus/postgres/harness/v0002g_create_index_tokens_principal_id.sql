-- revision: v0002g
-- down_revision: v0002f
-- message: harness/harness create_index_tokens_principal_id

-- migrate:up
CREATE INDEX tokens_principal_id
ON tokens(token_principal_id);

-- migrate:down irreversible
