-- revision: v20241216141201
-- down_revision: v20241212122149
-- message: Unleash/unleash add_permission_auth_config

-- migrate:up
INSERT INTO permissions (permission, display_name, type) VALUES ('UPDATE_AUTH_CONFIGURATION', 'Change authentication settings (SSO)', 'root');

-- migrate:down irreversible
