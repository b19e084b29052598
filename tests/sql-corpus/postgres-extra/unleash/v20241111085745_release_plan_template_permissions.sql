-- revision: v20241111085745
-- down_revision: v20241105123918
-- message: Unleash/unleash release_plan_template_permissions

-- migrate:up
INSERT INTO permissions(permission, display_name, type) VALUES
    ('RELEASE_PLAN_TEMPLATE_VIEW_OVERVIEW', 'View overview of release plan templates', 'root'),
    ('RELEASE_PLAN_TEMPLATE_VIEW', 'View details of specific release plan template', 'root'),
    ('RELEASE_PLAN_TEMPLATE_CREATE', 'Create release plan template', 'root'),
    ('RELEASE_PLAN_TEMPLATE_UPDATE', 'Update release plan template', 'root'),
    ('RELEASE_PLAN_TEMPLATE_DELETE', 'Delete release plan template', 'root');
    INSERT INTO role_permission(role_id, permission, created_by_user_id)
            SELECT id, 'RELEASE_PLAN_TEMPLATE_VIEW_OVERVIEW', '-1337' FROM roles WHERE name IN ('Viewer', 'Editor') AND type = 'root';
    INSERT INTO role_permission(role_id, permission, created_by_user_id)
            SELECT id, 'RELEASE_PLAN_TEMPLATE_VIEW', '-1337' FROM roles WHERE name = 'Editor' AND type = 'root';
    INSERT INTO role_permission(role_id, permission, created_by_user_id)
            SELECT id, 'RELEASE_PLAN_TEMPLATE_CREATE', '-1337' FROM roles WHERE name = 'Editor' AND type = 'root';
    INSERT INTO role_permission(role_id, permission, created_by_user_id)
            SELECT id, 'RELEASE_PLAN_TEMPLATE_UPDATE', '-1337' FROM roles WHERE name = 'Editor' AND type = 'root';

-- migrate:down irreversible
