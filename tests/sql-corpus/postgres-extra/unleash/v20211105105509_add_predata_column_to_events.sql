-- revision: v20211105105509
-- down_revision: v20211105104316
-- message: Unleash/unleash add_predata_column_to_events

-- migrate:up
ALTER TABLE events ADD COLUMN pre_data jsonb;

-- migrate:down irreversible
