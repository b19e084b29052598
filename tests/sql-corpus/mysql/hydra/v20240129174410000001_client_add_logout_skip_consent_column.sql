-- revision: v20240129174410000001
-- down_revision: v20240104181300000001
-- message: ory/hydra client_add_logout_skip_consent_column

-- migrate:up
ALTER TABLE hydra_client ADD COLUMN skip_logout_consent BOOLEAN NULL;

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN skip_logout_consent;
