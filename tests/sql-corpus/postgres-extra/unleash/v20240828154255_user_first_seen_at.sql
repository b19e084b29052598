-- revision: v20240828154255
-- down_revision: v20240823091442
-- message: Unleash/unleash user_first_seen_at

-- migrate:up
ALTER TABLE users ADD COLUMN first_seen_at TIMESTAMP WITHOUT TIME ZONE;

-- migrate:down irreversible
