-- revision: v20190200000004000000
-- down_revision: v20190200000003000000
-- message: ory/hydra jwk

-- migrate:up
ALTER TABLE hydra_jwk DROP PRIMARY KEY;
CREATE UNIQUE INDEX hydra_jwk_idx_id_uq ON hydra_jwk (sid, kid);
ALTER TABLE hydra_jwk ADD pk INT UNSIGNED AUTO_INCREMENT PRIMARY KEY;

-- migrate:down
ALTER TABLE hydra_jwk DROP COLUMN pk;
ALTER TABLE hydra_jwk DROP INDEX hydra_jwk_idx_id_uq;
ALTER TABLE hydra_jwk ADD PRIMARY KEY (sid, kid);
