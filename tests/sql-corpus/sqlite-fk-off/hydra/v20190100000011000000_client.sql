-- revision: v20190100000011000000
-- down_revision: v20190100000010000000
-- message: ory/hydra client

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
