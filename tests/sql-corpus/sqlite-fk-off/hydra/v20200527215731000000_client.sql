-- revision: v20200527215731000000
-- down_revision: v20200521071434000000
-- message: ory/hydra client

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
