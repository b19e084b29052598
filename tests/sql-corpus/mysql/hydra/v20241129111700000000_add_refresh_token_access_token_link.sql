-- revision: v20241129111700000000
-- down_revision: v20241014121000000000
-- message: ory/hydra add_refresh_token_access_token_link

-- migrate:up
ALTER TABLE hydra_oauth2_refresh ADD COLUMN access_token_signature VARCHAR(255) DEFAULT NULL;

-- migrate:down
ALTER TABLE hydra_oauth2_refresh DROP COLUMN access_token_signature;
