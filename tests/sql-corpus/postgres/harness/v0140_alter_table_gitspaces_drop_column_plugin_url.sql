-- revision: v0140
-- down_revision: v0139
-- message: harness/harness alter_table_gitspaces_drop_column_plugin_url

-- migrate:up
ALTER TABLE gitspaces DROP COLUMN gits_plugin_url;

-- migrate:down
ALTER TABLE gitspaces ADD COLUMN gits_plugin_url TEXT;
