-- revision: v0139
-- down_revision: v0138
-- message: harness/harness alter_table_gitspaces_add_column_ssh_command

-- migrate:up
ALTER TABLE gitspaces ADD COLUMN gits_ssh_command TEXT;
ALTER TABLE gitspaces ADD COLUMN gits_plugin_url TEXT;

-- migrate:down
ALTER TABLE gitspaces DROP COLUMN gits_ssh_command ;
ALTER TABLE gitspaces DROP COLUMN gits_plugin_url ;
