-- revision: v0083
-- down_revision: v0082
-- message: harness/harness update_table_gitspace_configs

-- migrate:up
UPDATE gitspace_configs
SET gconf_is_marked_for_deletion = gconf_is_deleted
where gconf_is_marked_for_deletion = false;

-- migrate:down
UPDATE gitspace_configs
SET gconf_is_marked_for_deletion = gconf_is_deleted;
