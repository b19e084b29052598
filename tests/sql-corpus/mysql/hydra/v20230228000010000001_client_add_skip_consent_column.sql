-- revision: v20230228000010000001
-- down_revision: v20230220000000000000
-- message: ory/hydra client_add_skip_consent_column

-- migrate:up
ALTER TABLE hydra_client ADD COLUMN skip_consent BOOLEAN NOT NULL DEFAULT false;

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN skip_consent;
