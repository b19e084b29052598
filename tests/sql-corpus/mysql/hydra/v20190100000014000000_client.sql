-- revision: v20190100000014000000
-- down_revision: v20190100000013000000
-- message: ory/hydra client

-- migrate:up
ALTER TABLE hydra_client ADD metadata TEXT NULL;

UPDATE hydra_client SET metadata='{}';

ALTER TABLE hydra_client MODIFY metadata TEXT NOT NULL;

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN metadata;
