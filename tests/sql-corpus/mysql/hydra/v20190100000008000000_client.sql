-- revision: v20190100000008000000
-- down_revision: v20190100000007000000
-- message: ory/hydra client

-- migrate:up
UPDATE hydra_client SET allowed_cors_origins='';
ALTER TABLE hydra_client MODIFY allowed_cors_origins TEXT NOT NULL;

-- migrate:down
ALTER TABLE hydra_client MODIFY allowed_cors_origins TEXT;
