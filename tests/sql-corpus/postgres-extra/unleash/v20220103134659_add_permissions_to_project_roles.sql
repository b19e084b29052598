-- revision: v20220103134659
-- down_revision: v20211209205201
-- message: Unleash/unleash add_permissions_to_project_roles

-- migrate:up
INSERT INTO role_permission (role_id, permission_id, environment)
        SELECT
            (SELECT id as role_id from roles WHERE name = 'Owner' LIMIT 1),
            p.id as permission_id,
            e.name as environment
        FROM permissions p
        CROSS JOIN environments e
        WHERE p.permission IN
            ('CREATE_FEATURE_STRATEGY',
            'UPDATE_FEATURE_STRATEGY',
            'DELETE_FEATURE_STRATEGY',
            'UPDATE_FEATURE_ENVIRONMENT');

        INSERT INTO role_permission (role_id, permission_id, environment)
        SELECT
            (SELECT id as role_id from roles WHERE name = 'Member' LIMIT 1),
            p.id as permission_id,
            e.name as environment
        FROM permissions p
        CROSS JOIN environments e
        WHERE p.permission IN
            ('CREATE_FEATURE_STRATEGY',
            'UPDATE_FEATURE_STRATEGY',
            'DELETE_FEATURE_STRATEGY',
            'UPDATE_FEATURE_ENVIRONMENT');

-- migrate:down irreversible
