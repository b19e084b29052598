-- revision: v20231211122322
-- down_revision: v20231211121444
-- message: Unleash/unleash feature_types_created_by

-- migrate:up
ALTER TABLE feature_types ADD COLUMN IF NOT EXISTS created_by INTEGER;

-- migrate:down irreversible
