-- revision: v20240305094305
-- down_revision: v20240304160659
-- message: Unleash/unleash features_remove_archived

-- migrate:up
ALTER TABLE features DROP COLUMN IF EXISTS archived;

-- migrate:down irreversible
