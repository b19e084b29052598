-- revision: v20190300000009000000
-- down_revision: v20190300000008000000
-- message: ory/hydra consent

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
