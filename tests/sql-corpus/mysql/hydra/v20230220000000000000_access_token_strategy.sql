-- revision: v20230220000000000000
-- down_revision: v20221109000010000001
-- message: ory/hydra access_token_strategy

-- migrate:up
ALTER TABLE hydra_client ADD COLUMN access_token_strategy VARCHAR(10) NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN access_token_strategy;
