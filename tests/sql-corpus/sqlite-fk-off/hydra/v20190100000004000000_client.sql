-- revision: v20190100000004000000
-- down_revision: v20190100000003000000
-- message: ory/hydra client

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
