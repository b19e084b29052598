-- revision: v20240812120954
-- down_revision: v20240806140453
-- message: Unleash/unleash add_archived_at_to_projects

-- migrate:up
CREATE INDEX idx_events_created_at_desc ON events (created_at DESC);

-- migrate:down irreversible
