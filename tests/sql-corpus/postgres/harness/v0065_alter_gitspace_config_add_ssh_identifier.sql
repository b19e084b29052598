-- revision: v0065
-- down_revision: v0064
-- message: harness/harness alter_gitspace_config_add_ssh_identifier

-- migrate:up
ALTER TABLE gitspace_configs ADD COLUMN gconf_ssh_token_identifier TEXT DEFAULT '';
ALTER TABLE gitspaces ADD COLUMN gits_access_key_ref TEXT;
ALTER TABLE gitspaces DROP COLUMN gits_access_key;

-- migrate:down
ALTER TABLE gitspace_configs DROP COLUMN gconf_ssh_token_identifier;
ALTER TABLE gitspaces DROP COLUMN gits_access_key_ref;
ALTER TABLE gitspaces ADD COLUMN gits_access_key TEXT;
