-- revision: v20230908104443000001
-- down_revision: v20230908104443000000
-- message: ory/hydra change_client_pk

-- migrate:up
-- only for crdb

-- migrate:down
-- only for crdb
