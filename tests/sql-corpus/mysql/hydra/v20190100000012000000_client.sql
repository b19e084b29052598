-- revision: v20190100000012000000
-- down_revision: v20190100000011000000
-- message: ory/hydra client

-- migrate:up
ALTER TABLE hydra_client ADD created_at timestamp NOT NULL DEFAULT now();
ALTER TABLE hydra_client ADD updated_at timestamp NOT NULL DEFAULT now();

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN created_at;
ALTER TABLE hydra_client DROP COLUMN updated_at;
