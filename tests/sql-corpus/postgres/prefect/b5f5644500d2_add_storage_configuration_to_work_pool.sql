-- revision: b5f5644500d2
-- down_revision: a03d00b8e275
-- message: PrefectHQ/prefect add_storage_configuration_to_work_pool

-- migrate:up
-- alembic: upgrade a03d00b8e275 -> b5f5644500d2

ALTER TABLE work_pool ADD COLUMN storage_configuration JSONB DEFAULT '{}' NOT NULL;

-- migrate:down
-- alembic: downgrade b5f5644500d2 -> a03d00b8e275

ALTER TABLE work_pool DROP COLUMN storage_configuration;
