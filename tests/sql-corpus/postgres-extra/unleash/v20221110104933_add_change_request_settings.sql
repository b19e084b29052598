-- revision: v20221110104933
-- down_revision: v20221108114358
-- message: Unleash/unleash add_change_request_settings

-- migrate:up
CREATE TABLE IF NOT EXISTS change_request_settings (
               project varchar(255) REFERENCES projects(id) ON DELETE CASCADE,
               environment varchar(100) REFERENCES environments(name) ON DELETE CASCADE,
               PRIMARY KEY(project, environment)
            );

-- migrate:down irreversible
