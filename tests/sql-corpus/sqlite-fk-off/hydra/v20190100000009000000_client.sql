-- revision: v20190100000009000000
-- down_revision: v20190100000008000000
-- message: ory/hydra client

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
