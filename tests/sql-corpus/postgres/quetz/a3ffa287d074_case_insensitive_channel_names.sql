-- revision: a3ffa287d074
-- down_revision: a80fb051a659
-- message: mamba-org/quetz case_insensitive_channel_names

-- migrate:up
-- alembic: upgrade a80fb051a659 -> a3ffa287d074

CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

ALTER TABLE channels ALTER COLUMN name TYPE VARCHAR(100) COLLATE nocase;

-- migrate:down
-- alembic: downgrade a3ffa287d074 -> a80fb051a659

ALTER TABLE channels ALTER COLUMN name TYPE VARCHAR;

DROP COLLATION nocase;
