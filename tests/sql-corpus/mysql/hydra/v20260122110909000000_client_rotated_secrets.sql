-- revision: v20260122110909000000
-- down_revision: v20251202130532000001
-- message: ory/hydra client_rotated_secrets

-- migrate:up
ALTER TABLE hydra_client ADD rotated_secrets JSON NULL;

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN rotated_secrets;
