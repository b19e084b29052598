-- revision: v20190400000002000000
-- down_revision: v20190400000001000000
-- message: ory/hydra oauth2

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
