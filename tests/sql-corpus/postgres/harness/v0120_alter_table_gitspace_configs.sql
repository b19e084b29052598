-- revision: v0120
-- down_revision: v0119
-- message: harness/harness alter_table_gitspace_configs

-- migrate:up
ALTER TABLE gitspace_configs
    ADD COLUMN gconf_is_marked_for_reset BOOLEAN NOT NULL DEFAULT FALSE;

-- migrate:down
ALTER TABLE gitspace_configs
    DROP COLUMN gconf_is_marked_for_reset;
