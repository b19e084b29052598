-- revision: v20211105104316
-- down_revision: v20211029094324
-- message: Unleash/unleash add_feature_name_column_to_events

-- migrate:up
ALTER TABLE events
            ADD COLUMN feature_name TEXT;
        CREATE INDEX feature_name_idx ON events(feature_name);

-- migrate:down irreversible
