-- revision: v0075
-- down_revision: v0074
-- message: harness/harness create_table_sys_config

-- migrate:up
CREATE UNIQUE INDEX settings_sys_key
	ON settings(LOWER(setting_key))
	WHERE setting_repo_id IS NULL AND setting_space_id IS NULL;

-- migrate:down
DROP INDEX settings_sys_key;
