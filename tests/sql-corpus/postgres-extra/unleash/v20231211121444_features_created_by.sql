-- revision: v20231211121444
-- down_revision: v20231123155649
-- message: Unleash/unleash features_created_by

-- migrate:up
ALTER TABLE features ADD COLUMN IF NOT EXISTS created_by INTEGER;

-- migrate:down irreversible
