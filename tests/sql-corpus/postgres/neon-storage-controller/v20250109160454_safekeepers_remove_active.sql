-- revision: v20250109160454
-- down_revision: v20241212212515
-- message: neondatabase/neon safekeepers_remove_active

-- migrate:up
ALTER TABLE safekeepers DROP active;

-- migrate:down
-- this sadly isn't a "true" revert of the migration, as the column is now at the end of the table.
-- But preserving order is not a trivial operation.
-- https://wiki.postgresql.org/wiki/Alter_column_position
ALTER TABLE safekeepers ADD active BOOLEAN NOT NULL DEFAULT false;
