-- revision: v20241129102205
-- down_revision: v20241128152334
-- message: Unleash/unleash add_foreign_key_to_role_permissions

-- migrate:up
UPDATE role_permission SET environment = null where environment = '';
        DELETE FROM role_permission WHERE environment IS NOT NULL AND environment NOT IN (SELECT name FROM environments);
        ALTER TABLE role_permission ADD CONSTRAINT fk_role_permission_environment FOREIGN KEY (environment) REFERENCES environments(name) ON DELETE CASCADE;

-- migrate:down irreversible
