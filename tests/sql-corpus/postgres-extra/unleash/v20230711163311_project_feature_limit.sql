-- revision: v20230711163311
-- down_revision: v20230711094214
-- message: Unleash/unleash project_feature_limit

-- migrate:up
ALTER TABLE project_settings
            ADD COLUMN IF NOT EXISTS "feature_limit" integer;

-- migrate:down irreversible
