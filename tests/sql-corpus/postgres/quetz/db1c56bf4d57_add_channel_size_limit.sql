-- revision: db1c56bf4d57
-- down_revision: a3ffa287d074
-- message: mamba-org/quetz add_channel_size_limit

-- migrate:up
-- alembic: upgrade a3ffa287d074 -> db1c56bf4d57

ALTER TABLE channels ADD COLUMN size INTEGER;

ALTER TABLE channels ADD COLUMN size_limit INTEGER;

ALTER TABLE package_versions ADD COLUMN size INTEGER;

-- migrate:down
-- alembic: downgrade db1c56bf4d57 -> a3ffa287d074

ALTER TABLE package_versions DROP COLUMN size;

ALTER TABLE channels DROP COLUMN size_limit;

ALTER TABLE channels DROP COLUMN size;
