-- revision: v20240812132633
-- down_revision: v20240812120954
-- message: Unleash/unleash events_type_index

-- migrate:up
CREATE INDEX idx_events_type ON events (type);

-- migrate:down irreversible
