-- revision: v20210920104218
-- down_revision: v20210915122001
-- message: Unleash/unleash rename_global_env_to_default_env

-- migrate:up
INSERT INTO environments(name, display_name, protected, sort_order, type) VALUES ('default', 'Default Environment', true, 1, 'production');
       ALTER TABLE feature_strategies ALTER COLUMN environment SET DEFAULT 'default';
       ALTER TABLE feature_environments ALTER COLUMN environment SET DEFAULT 'default';
       UPDATE feature_strategies SET environment = 'default' WHERE environment = ':global:';
       UPDATE feature_environments SET environment = 'default' WHERE environment = ':global:';
       UPDATE project_environments SET environment_name = 'default' WHERE environment_name = ':global:';
       DELETE FROM environments WHERE name = ':global:';

-- migrate:down irreversible
