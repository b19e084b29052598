-- revision: v0042
-- down_revision: v0041
-- message: harness/harness drop_table_reqchecks

-- migrate:up
-- use 'IF EXISTS' as we don't recreate on down migration.
DROP TABLE IF EXISTS reqchecks;

-- migrate:down
-- Table was never used, keep deleted.
