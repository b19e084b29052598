-- revision: 60e428f92a75
-- down_revision: 7737221bf8a4
-- message: PrefectHQ/prefect expand_deployment_schema_for_improved_ux

-- migrate:up
-- alembic: upgrade 7737221bf8a4 -> 60e428f92a75

ALTER TABLE deployment ADD COLUMN infra_overrides JSONB DEFAULT '{}' NOT NULL;

ALTER TABLE deployment ADD COLUMN path VARCHAR;

ALTER TABLE deployment ADD COLUMN entrypoint VARCHAR;

-- migrate:down
-- alembic: downgrade 60e428f92a75 -> 7737221bf8a4

ALTER TABLE deployment DROP COLUMN entrypoint;

ALTER TABLE deployment DROP COLUMN path;

ALTER TABLE deployment DROP COLUMN infra_overrides;
