-- revision: v20190100000001000000
-- down_revision: v20150101000001000000
-- message: ory/hydra client

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
