-- revision: v20190100000011000000
-- down_revision: v20190100000010000000
-- message: ory/hydra client

-- migrate:up
UPDATE hydra_client SET audience='';
ALTER TABLE hydra_client MODIFY audience TEXT NOT NULL;

-- migrate:down
ALTER TABLE hydra_client MODIFY audience TEXT;
