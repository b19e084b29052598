-- revision: v20190100000011000000
-- down_revision: v20190100000010000000
-- message: ory/hydra client

-- migrate:up
UPDATE hydra_client SET audience='';
ALTER TABLE hydra_client ALTER COLUMN audience SET NOT NULL;

-- migrate:down
ALTER TABLE hydra_client ALTER COLUMN audience DROP NOT NULL;
