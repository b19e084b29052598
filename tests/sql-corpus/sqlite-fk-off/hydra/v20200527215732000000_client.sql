-- revision: v20200527215732000000
-- down_revision: v20200527215731000000
-- message: ory/hydra client

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
