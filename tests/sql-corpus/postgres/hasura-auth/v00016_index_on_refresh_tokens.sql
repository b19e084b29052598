-- revision: v00016
-- down_revision: v00015
-- message: nhost/hasura-auth index_on_refresh_tokens

-- migrate:up
CREATE INDEX IF NOT EXISTS refresh_tokens_refresh_token_hash_expires_at_user_id_idx ON
  auth.refresh_tokens (refresh_token_hash, expires_at, user_id);

-- migrate:down
DROP INDEX IF EXISTS auth.refresh_tokens_refresh_token_hash_expires_at_user_id_idx;
