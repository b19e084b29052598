-- revision: v20141110144153
-- down_revision: v20141020151056
-- message: Unleash/unleash add_description_to_features

-- migrate:up
ALTER TABLE features ADD "description" text;

-- migrate:down irreversible
