-- revision: v20230208093750
-- down_revision: v20230208093627
-- message: Unleash/unleash assign_project_api_token_permissions_owner

-- migrate:up
INSERT INTO role_permission (role_id, permission_id)
            SELECT (SELECT id as role_id from roles WHERE name = 'Owner' LIMIT 1),
                   p.id   as permission_id
            FROM permissions p
            WHERE p.permission IN
                  ('READ_PROJECT_API_TOKEN',
                   'CREATE_PROJECT_API_TOKEN',
                   'DELETE_PROJECT_API_TOKEN');

-- migrate:down irreversible
