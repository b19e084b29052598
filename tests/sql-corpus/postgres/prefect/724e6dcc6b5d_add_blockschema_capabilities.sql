-- revision: 724e6dcc6b5d
-- down_revision: dc7a3c6fd3e9
-- message: PrefectHQ/prefect add_blockschema_capabilities

-- migrate:up
-- alembic: upgrade dc7a3c6fd3e9 -> 724e6dcc6b5d

ALTER TABLE block_schema ADD COLUMN capabilities JSONB DEFAULT '[]' NOT NULL;

DROP INDEX ix_block_schema__type;

ALTER TABLE block_schema DROP COLUMN type;

-- migrate:down
-- alembic: downgrade 724e6dcc6b5d -> dc7a3c6fd3e9

ALTER TABLE block_schema ADD COLUMN type VARCHAR;

CREATE INDEX ix_block_schema__type ON block_schema (type);

ALTER TABLE block_schema DROP COLUMN capabilities;
