-- revision: v20190300000001000000
-- down_revision: v20190200000004000000
-- message: ory/hydra consent

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
