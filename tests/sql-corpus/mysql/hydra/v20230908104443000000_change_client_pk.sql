-- revision: v20230908104443000000
-- down_revision: v20230809122501000001
-- message: ory/hydra change_client_pk

-- migrate:up
ALTER TABLE hydra_client DROP PRIMARY KEY, ADD PRIMARY KEY (id, nid);

ALTER TABLE hydra_client MODIFY pk CHAR(36);

-- migrate:down
ALTER TABLE hydra_client MODIFY pk CHAR(36) NOT NULL;

ALTER TABLE hydra_client DROP PRIMARY KEY, ADD PRIMARY KEY (pk);
