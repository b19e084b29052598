-- revision: v0025
-- down_revision: v0024
-- message: authzed/spicedb populate_schema_tables

-- migrate:up
-- the Go migration changes rows only

-- migrate:down irreversible
