-- revision: v20240329064629
-- down_revision: v20240326122126
-- message: Unleash/unleash revert_feature_archived

-- migrate:up
ALTER TABLE features ADD COLUMN IF NOT EXISTS archived BOOLEAN DEFAULT FALSE;
            UPDATE features SET archived = (archived_at IS NOT NULL);

-- migrate:down irreversible
