-- revision: v20250610132310000001
-- down_revision: v20250523000001000000
-- message: ory/hydra more_expire_columns

-- migrate:up
ALTER TABLE hydra_oauth2_authentication_session ADD COLUMN expires_at TIMESTAMP NULL;

-- migrate:down
ALTER TABLE hydra_oauth2_authentication_session DROP COLUMN expires_at;
