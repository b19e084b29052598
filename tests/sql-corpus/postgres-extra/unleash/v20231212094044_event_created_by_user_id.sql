-- revision: v20231212094044
-- down_revision: v20231211134633
-- message: Unleash/unleash event_created_by_user_id

-- migrate:up
ALTER TABLE events ADD COLUMN IF NOT EXISTS created_by_user_id INTEGER;
        CREATE INDEX events_created_by_user_id_idx ON events(created_by_user_id);

-- migrate:down irreversible
