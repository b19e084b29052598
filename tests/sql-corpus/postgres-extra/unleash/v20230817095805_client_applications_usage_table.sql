-- revision: v20230817095805
-- down_revision: v20230815065908
-- message: Unleash/unleash client_applications_usage_table

-- migrate:up
CREATE TABLE IF NOT EXISTS client_applications_usage (
               app_name VARCHAR(255) REFERENCES client_applications(app_name) ON DELETE CASCADE,
               project VARCHAR(255) REFERENCES projects(id) ON DELETE CASCADE,
               environment VARCHAR(100) REFERENCES environments(name) ON DELETE CASCADE,
               PRIMARY KEY(app_name, project, environment)
          ) ;

-- migrate:down irreversible
