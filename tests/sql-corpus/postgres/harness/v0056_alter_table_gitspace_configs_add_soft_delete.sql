-- revision: v0056
-- down_revision: v0055
-- message: harness/harness alter_table_gitspace_configs_add_soft_delete

-- migrate:up
ALTER TABLE gitspace_configs
    ADD COLUMN gconf_is_deleted BOOLEAN NOT NULL DEFAULT FALSE;

-- migrate:down
ALTER TABLE gitspace_configs
    DROP COLUMN gconf_is_deleted;
