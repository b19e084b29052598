-- revision: v20230908104443000000
-- down_revision: v20230809122501000001
-- message: ory/hydra change_client_pk

-- migrate:up
ALTER TABLE hydra_client DROP CONSTRAINT hydra_client_pkey;

ALTER TABLE hydra_client ALTER COLUMN pk DROP NOT NULL;

ALTER TABLE hydra_client ADD PRIMARY KEY (id, nid);

-- migrate:down
UPDATE hydra_client SET pk = gen_random_uuid() WHERE pk IS NULL;

ALTER TABLE hydra_client ALTER COLUMN pk SET NOT NULL;

ALTER TABLE hydra_client DROP CONSTRAINT hydra_client_pkey;

ALTER TABLE hydra_client ADD PRIMARY KEY (pk);
