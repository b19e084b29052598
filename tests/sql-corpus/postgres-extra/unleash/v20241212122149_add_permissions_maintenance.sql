-- revision: v20241212122149
-- down_revision: v20241211143944
-- message: Unleash/unleash add_permissions_maintenance

-- migrate:up
INSERT INTO permissions (permission, display_name, type) VALUES ('UPDATE_MAINTENANCE_MODE', 'Change maintenance mode state', 'root');
        INSERT INTO permissions (permission, display_name, type) VALUES ('UPDATE_INSTANCE_BANNERS', 'Change instance banners', 'root');

-- migrate:down irreversible
