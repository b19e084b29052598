-- revision: v20190100000006000000
-- down_revision: v20190100000005000000
-- message: ory/hydra client

-- migrate:up
ALTER TABLE hydra_client ADD subject_type VARCHAR(15) NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN subject_type;
