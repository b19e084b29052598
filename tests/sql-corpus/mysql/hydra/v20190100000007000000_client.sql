-- revision: v20190100000007000000
-- down_revision: v20190100000006000000
-- message: ory/hydra client

-- migrate:up
ALTER TABLE hydra_client ADD allowed_cors_origins TEXT;

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN allowed_cors_origins;
