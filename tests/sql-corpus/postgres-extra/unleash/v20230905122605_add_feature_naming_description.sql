-- revision: v20230905122605
-- down_revision: v20230830121352
-- message: Unleash/unleash add_feature_naming_description

-- migrate:up
ALTER TABLE project_settings
            ADD COLUMN IF NOT EXISTS "feature_naming_description" text;

-- migrate:down irreversible
