-- revision: v20250110130010
-- down_revision: v20250109150818
-- message: Unleash/unleash add_permission_cors

-- migrate:up
INSERT INTO permissions (permission, display_name, type) VALUES ('UPDATE_CORS', 'Update CORS settings', 'root');

-- migrate:down irreversible
