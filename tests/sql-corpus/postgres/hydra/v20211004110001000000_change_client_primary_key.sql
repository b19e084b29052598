-- revision: v20211004110001000000
-- down_revision: v20210928175900000000
-- message: ory/hydra change_client_primary_key

-- migrate:up
ALTER TABLE hydra_client RENAME pk TO pk_deprecated;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
ALTER TABLE hydra_client ADD COLUMN pk UUID DEFAULT uuid_generate_v4();
ALTER TABLE hydra_client ALTER pk DROP DEFAULT;
ALTER TABLE hydra_client DROP CONSTRAINT hydra_client_pkey;
ALTER TABLE hydra_client ADD PRIMARY KEY (pk);

-- migrate:down
ALTER TABLE hydra_client RENAME pk TO pk_tmp;
ALTER TABLE hydra_client RENAME pk_deprecated TO pk;
ALTER TABLE hydra_client DROP CONSTRAINT hydra_client_pkey;
ALTER TABLE hydra_client ADD PRIMARY KEY (pk);
ALTER TABLE hydra_client DROP pk_tmp;
