-- revision: v0125
-- down_revision: v0124
-- message: harness/harness alter_table_gitspace_configs_add_soft_reset_column

-- migrate:up
ALTER TABLE gitspace_configs
    ADD COLUMN gconf_is_marked_for_soft_reset BOOLEAN NOT NULL DEFAULT FALSE;

-- migrate:down
ALTER TABLE gitspace_configs
    DROP COLUMN gconf_is_marked_for_soft_reset;
