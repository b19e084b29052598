-- revision: v20190300000007000000
-- down_revision: v20190300000006000000
-- message: ory/hydra consent

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
