-- revision: v0094
-- down_revision: v0093
-- message: harness/harness alter_table_usergroups_add_scope

-- migrate:up
ALTER TABLE usergroups
ADD COLUMN usergroup_scope INTEGER DEFAULT 0;

-- migrate:down
ALTER TABLE usergroups
DROP COLUMN usergroup_scope;
