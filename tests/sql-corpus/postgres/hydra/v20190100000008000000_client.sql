-- revision: v20190100000008000000
-- down_revision: v20190100000007000000
-- message: ory/hydra client

-- migrate:up
UPDATE hydra_client SET allowed_cors_origins='';
ALTER TABLE hydra_client ALTER COLUMN allowed_cors_origins SET NOT NULL;

-- migrate:down
ALTER TABLE hydra_client ALTER COLUMN allowed_cors_origins DROP NOT NULL;
