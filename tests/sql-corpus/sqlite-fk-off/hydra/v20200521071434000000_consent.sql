-- revision: v20200521071434000000
-- down_revision: v20190400000011000000
-- message: ory/hydra consent

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
