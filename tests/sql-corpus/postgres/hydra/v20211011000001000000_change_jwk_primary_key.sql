-- revision: v20211011000001000000
-- down_revision: v20211004110003000000
-- message: ory/hydra change_jwk_primary_key

-- migrate:up
ALTER TABLE hydra_jwk RENAME pk TO pk_deprecated;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
ALTER TABLE hydra_jwk ADD COLUMN pk UUID DEFAULT uuid_generate_v4();
ALTER TABLE hydra_jwk ALTER pk DROP DEFAULT;
ALTER TABLE hydra_jwk DROP CONSTRAINT hydra_jwk_pkey;
ALTER TABLE hydra_jwk ADD PRIMARY KEY (pk);

-- migrate:down
ALTER TABLE hydra_jwk RENAME pk TO pk_tmp;
ALTER TABLE hydra_jwk RENAME pk_deprecated TO pk;
ALTER TABLE hydra_jwk DROP CONSTRAINT hydra_jwk_pkey;
ALTER TABLE hydra_jwk ADD PRIMARY KEY (pk);
ALTER TABLE hydra_jwk DROP pk_tmp;
