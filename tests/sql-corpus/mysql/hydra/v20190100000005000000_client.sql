-- revision: v20190100000005000000
-- down_revision: v20190100000004000000
-- message: ory/hydra client

-- migrate:up
UPDATE hydra_client SET token_endpoint_auth_method='none' WHERE public=TRUE;
ALTER TABLE hydra_client DROP COLUMN public;

-- migrate:down
ALTER TABLE hydra_client ADD public BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE hydra_client SET public=TRUE WHERE token_endpoint_auth_method='none';
