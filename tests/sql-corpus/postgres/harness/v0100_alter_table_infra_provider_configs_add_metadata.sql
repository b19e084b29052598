-- revision: v0100
-- down_revision: v0099
-- message: harness/harness alter_table_infra_provider_configs_add_metadata

-- migrate:up
ALTER TABLE infra_provider_configs ADD COLUMN ipconf_metadata JSONB;

-- migrate:down
ALTER TABLE infra_provider_configs DROP COLUMN ipconf_metadata;
