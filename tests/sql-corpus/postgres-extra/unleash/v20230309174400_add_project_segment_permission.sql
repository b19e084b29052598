-- revision: v20230309174400
-- down_revision: v20230306103400b
-- message: Unleash/unleash add_project_segment_permission

-- migrate:up
INSERT INTO permissions (permission, display_name, type) VALUES
        ('UPDATE_PROJECT_SEGMENT', 'Create/edit project segment', 'project');

-- migrate:down irreversible
