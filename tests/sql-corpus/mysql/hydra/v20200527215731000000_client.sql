-- revision: v20200527215731000000
-- down_revision: v20200521071434000000
-- message: ory/hydra client

-- migrate:up
ALTER TABLE hydra_client ADD token_endpoint_auth_signing_alg VARCHAR(10) NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN token_endpoint_auth_signing_alg;
