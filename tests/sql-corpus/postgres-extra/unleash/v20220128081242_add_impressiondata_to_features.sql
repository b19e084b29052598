-- revision: v20220128081242
-- down_revision: v20220125200908
-- message: Unleash/unleash add_impressiondata_to_features

-- migrate:up
ALTER TABLE features ADD COLUMN "impression_data" BOOLEAN DEFAULT FALSE;

-- migrate:down irreversible
