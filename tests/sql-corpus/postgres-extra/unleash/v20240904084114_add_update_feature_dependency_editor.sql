-- revision: v20240904084114
-- down_revision: v20240903152133
-- message: Unleash/unleash add_update_feature_dependency_editor

-- migrate:up
INSERT INTO role_permission (role_id, permission)
        SELECT id, 'UPDATE_FEATURE_DEPENDENCY'
        FROM roles WHERE name = 'Editor' AND type = 'root'
        AND EXISTS (SELECT 1 FROM roles WHERE name = 'Editor' and type = 'root')
        AND NOT EXISTS (
            SELECT 1
            FROM role_permission
            WHERE role_permission.role_id = (SELECT id FROM roles WHERE name = 'Editor' AND type = 'root')
            AND role_permission.permission = 'UPDATE_FEATURE_DEPENDENCY'
        );

-- migrate:down irreversible
