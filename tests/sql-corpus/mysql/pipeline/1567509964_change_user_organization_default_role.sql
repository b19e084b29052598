-- revision: 1567509964
-- down_revision: 1567181919
-- message: change user organization default role
-- imported from sqlx 1567509964_change_user_organization_default_role.up.sql

-- migrate:up
ALTER TABLE user_organizations MODIFY COLUMN role VARCHAR(255) COLLATE utf8mb4_unicode_ci DEFAULT 'member';
-- migrate:down
ALTER TABLE user_organizations MODIFY COLUMN role VARCHAR(255) COLLATE utf8mb4_unicode_ci DEFAULT 'admin';
