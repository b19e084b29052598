-- revision: v0066
-- down_revision: v0065
-- message: harness/harness alter_gitspace_config_add_created_by

-- migrate:up
ALTER TABLE gitspace_configs ADD COLUMN gconf_created_by INTEGER;

-- migrate:down
ALTER TABLE gitspace_configs DROP COLUMN gconf_created_by;
