-- revision: v20220103143843
-- down_revision: v20220103134659
-- message: Unleash/unleash add_permissions_to_editor_role

-- migrate:up
INSERT INTO role_permission (role_id, permission_id, environment)
        SELECT
            (SELECT id as role_id from roles WHERE name = 'Editor' LIMIT 1),
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
