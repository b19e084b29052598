-- revision: v20190300000013000000
-- down_revision: v20190300000012000000
-- message: ory/hydra consent

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
