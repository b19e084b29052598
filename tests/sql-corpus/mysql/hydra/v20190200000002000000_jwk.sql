-- revision: v20190200000002000000
-- down_revision: v20190200000001000000
-- message: ory/hydra jwk

-- migrate:up
ALTER TABLE hydra_jwk ADD created_at TIMESTAMP NOT NULL DEFAULT NOW();

-- migrate:down
ALTER TABLE hydra_jwk DROP COLUMN created_at;
