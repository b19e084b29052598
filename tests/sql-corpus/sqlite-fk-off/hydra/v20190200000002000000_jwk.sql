-- revision: v20190200000002000000
-- down_revision: v20190200000001000000
-- message: ory/hydra jwk

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
