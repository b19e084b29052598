-- revision: v20250102150900
-- down_revision: v20241220102327
-- message: Unleash/unleash add_permission_read_logs

-- migrate:up
INSERT INTO permissions (permission, display_name, type) VALUES ('READ_LOGS', 'Read instance logs and login history', 'root');

-- migrate:down irreversible
