-- revision: v20190400000007000000
-- down_revision: v20190400000006000000
-- message: ory/hydra oauth2

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
