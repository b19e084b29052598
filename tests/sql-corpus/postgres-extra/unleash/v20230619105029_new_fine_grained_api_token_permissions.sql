-- revision: v20230619105029
-- down_revision: v20230615122909
-- message: Unleash/unleash new_fine_grained_api_token_permissions

-- migrate:up
INSERT INTO permissions(permission, display_name, type) VALUES
        ('CREATE_ADMIN_API_TOKEN', 'Allowed to create new ADMIN tokens', 'root'),
        ('UPDATE_ADMIN_API_TOKEN', 'Allowed to update ADMIN tokens', 'root'),
        ('DELETE_ADMIN_API_TOKEN', 'Allowed to delete ADMIN tokens', 'root'),
        ('READ_ADMIN_API_TOKEN', 'Allowed to read ADMIN tokens', 'root'),
        ('CREATE_CLIENT_API_TOKEN', 'Allowed to create new CLIENT tokens', 'root'),
        ('UPDATE_CLIENT_API_TOKEN', 'Allowed to update CLIENT tokens', 'root'),
        ('DELETE_CLIENT_API_TOKEN', 'Allowed to delete CLIENT tokens', 'root'),
        ('READ_CLIENT_API_TOKEN', 'Allowed to read CLIENT tokens', 'root'),
        ('CREATE_FRONTEND_API_TOKEN', 'Allowed to create new FRONTEND tokens', 'root'),
        ('UPDATE_FRONTEND_API_TOKEN', 'Allowed to update FRONTEND tokens', 'root'),
        ('DELETE_FRONTEND_API_TOKEN', 'Allowed to delete FRONTEND tokens', 'root'),
        ('READ_FRONTEND_API_TOKEN', 'Allowed to read FRONTEND tokens', 'root');

-- migrate:down irreversible
