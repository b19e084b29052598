-- revision: v20210127094440
-- down_revision: v20210121115438
-- message: Unleash/unleash add_tags_column_to_events

-- migrate:up
ALTER TABLE events ADD COLUMN IF NOT EXISTS tags json DEFAULT '[]';

-- migrate:down irreversible
