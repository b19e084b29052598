-- revision: v20231211122351
-- down_revision: v20231211122322
-- message: Unleash/unleash feature_tag_created_by

-- migrate:up
ALTER TABLE feature_tag ADD COLUMN IF NOT EXISTS created_by INTEGER;

-- migrate:down irreversible
