-- revision: v20211004110003000000
-- down_revision: v20211004110002000000
-- message: ory/hydra change_client_primary_key

-- migrate:up
-- this migration is only for cockroach

-- migrate:down
-- this migration is only for cockroach
