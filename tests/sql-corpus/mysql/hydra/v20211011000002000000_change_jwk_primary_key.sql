-- revision: v20211011000002000000
-- down_revision: v20211011000001000000
-- message: ory/hydra change_jwk_primary_key

-- migrate:up
-- this migration is only for cockroach

-- migrate:down
-- this migration is only for cockroach
