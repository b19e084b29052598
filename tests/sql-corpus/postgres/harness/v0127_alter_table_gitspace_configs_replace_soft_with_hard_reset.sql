-- revision: v0127
-- down_revision: v0126
-- message: harness/harness alter_table_gitspace_configs_replace_soft_with_hard_reset

-- migrate:up
-- First drop the soft reset column
ALTER TABLE gitspace_configs DROP COLUMN gconf_is_marked_for_soft_reset;

-- Then add the infra reset column
ALTER TABLE gitspace_configs
    ADD COLUMN gconf_is_marked_for_infra_reset BOOLEAN NOT NULL DEFAULT FALSE;

-- migrate:down
-- First drop the hard reset column
ALTER TABLE gitspace_configs DROP COLUMN gconf_is_marked_for_infra_reset;

-- Then re-add the soft reset column
ALTER TABLE gitspace_configs
    ADD COLUMN gconf_is_marked_for_soft_reset BOOLEAN NOT NULL DEFAULT FALSE;
