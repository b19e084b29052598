-- revision: v20190100000014000000
-- down_revision: v20190100000013000000
-- message: ory/hydra client

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
