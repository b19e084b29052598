-- revision: v0152
-- down_revision: v0151
-- message: harness/harness alter_table_registries_add_config

-- migrate:up
ALTER TABLE registries ADD COLUMN registry_config TEXT;


-- migrate:down
ALTER TABLE registries DROP COLUMN registry_config;

