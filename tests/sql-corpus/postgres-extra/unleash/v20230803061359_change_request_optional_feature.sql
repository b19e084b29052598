-- revision: v20230803061359
-- down_revision: v20230802141830
-- message: Unleash/unleash change_request_optional_feature

-- migrate:up
ALTER TABLE change_request_events ALTER COLUMN feature DROP NOT NULL;

-- migrate:down irreversible
