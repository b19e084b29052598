-- revision: v20231211122426
-- down_revision: v20231211122351
-- message: Unleash/unleash feature_strategies_created_by

-- migrate:up
ALTER TABLE feature_strategies ADD COLUMN IF NOT EXISTS created_by INTEGER;

-- migrate:down irreversible
