-- revision: v20260112111353
-- down_revision: v20260106164443
-- message: Unleash/unleash add_project_context_permission

-- migrate:up
INSERT INTO permissions (permission, display_name, type) VALUES
        ('UPDATE_PROJECT_CONTEXT', 'Create/edit project context', 'project');

-- migrate:down irreversible
