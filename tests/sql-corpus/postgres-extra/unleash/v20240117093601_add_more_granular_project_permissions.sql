-- revision: v20240117093601
-- down_revision: v20240116154700
-- message: Unleash/unleash add_more_granular_project_permissions

-- migrate:up
INSERT INTO permissions(permission, display_name, type) VALUES
        ('PROJECT_USER_ACCESS_READ', 'View only access to Project User Access', 'project'),
        ('PROJECT_DEFAULT_STRATEGY_READ', 'View only access to default strategy configuration for project', 'project'),
        ('PROJECT_CHANGE_REQUEST_READ', 'View only access to change request configuration for project', 'project'),
        ('PROJECT_SETTINGS_READ', 'View only access to project settings', 'project'),
        ('PROJECT_USER_ACCESS_WRITE', 'Write access to Project User Access', 'project'),
        ('PROJECT_DEFAULT_STRATEGY_WRITE', 'Write access to default strategy configuration for project', 'project'),
        ('PROJECT_CHANGE_REQUEST_WRITE', 'Write access to change request configuration for project', 'project'),
        ('PROJECT_SETTINGS_WRITE', 'Write access to project settings', 'project');

-- migrate:down irreversible
