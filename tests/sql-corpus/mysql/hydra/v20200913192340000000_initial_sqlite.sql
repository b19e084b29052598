-- revision: v20200913192340000000
-- down_revision: v20200819163013000000
-- message: ory/hydra initial_sqlite

-- migrate:up
-- this migration is only for sqlite

-- migrate:down
-- this migration is only for sqlite
