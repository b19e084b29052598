-- revision: v20201216140726
-- down_revision: v20200928195238
-- message: Unleash/unleash add_last_seen_to_features

-- migrate:up
ALTER TABLE features ADD "last_seen_at" TIMESTAMP WITH TIME ZONE;

-- migrate:down irreversible
