-- revision: v20211226156000000000
-- down_revision: v20211226155900000000
-- message: ory/hydra dynamic_registration

-- migrate:up
ALTER TABLE hydra_client ADD COLUMN registration_access_token_signature VARCHAR(128) NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN registration_access_token_signature;
