-- revision: v20230314131041
-- down_revision: v20230309174400
-- message: Unleash/unleash project_settings

-- migrate:up
CREATE TABLE IF NOT EXISTS project_settings (
               project VARCHAR(255) REFERENCES projects(id) ON DELETE CASCADE,
               default_stickiness VARCHAR(100),
               project_mode VARCHAR(100),
               PRIMARY KEY(project)
            );

-- migrate:down irreversible
