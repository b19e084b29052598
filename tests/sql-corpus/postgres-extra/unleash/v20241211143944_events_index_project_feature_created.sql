-- revision: v20241211143944
-- down_revision: v20241129102205
-- message: Unleash/unleash events_index_project_feature_created

-- migrate:up
CREATE INDEX idx_events_project_feature_created
            ON events (project, feature_name, created_at DESC);

-- migrate:down irreversible
