-- revision: v20190100000010000000
-- down_revision: v20190100000009000000
-- message: ory/hydra client

-- migrate:up
ALTER TABLE hydra_client ADD audience TEXT;

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN audience;
