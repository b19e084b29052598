-- revision: v20190100000002000000
-- down_revision: v20190100000001000000
-- message: ory/hydra client

-- migrate:up
ALTER TABLE hydra_client ADD client_secret_expires_at INTEGER NOT NULL DEFAULT 0;

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN client_secret_expires_at;
