-- revision: v20190100000009000000
-- down_revision: v20190100000008000000
-- message: ory/hydra client

-- migrate:up
ALTER TABLE hydra_client DROP PRIMARY KEY;
CREATE UNIQUE INDEX hydra_client_idx_id_uq ON hydra_client (id);
ALTER TABLE hydra_client ADD pk INT UNSIGNED AUTO_INCREMENT PRIMARY KEY;

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN pk;
ALTER TABLE hydra_client DROP INDEX hydra_client_idx_id_uq;
ALTER TABLE hydra_client ADD PRIMARY KEY (id);
