-- revision: v0082
-- down_revision: v0081
-- message: harness/harness alter_table_gitspace_configs_add_is_marked_delete

-- migrate:up
ALTER TABLE gitspace_configs
    ADD COLUMN gconf_is_marked_for_deletion BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE gitspace_configs
SET gconf_is_marked_for_deletion = gconf_is_deleted;

-- migrate:down
ALTER TABLE gitspace_configs
    DROP COLUMN gconf_is_marked_for_deletion;
