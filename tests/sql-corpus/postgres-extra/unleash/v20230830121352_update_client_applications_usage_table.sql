-- revision: v20230830121352
-- down_revision: v20230818124614
-- message: Unleash/unleash update_client_applications_usage_table

-- migrate:up
ALTER TABLE project_settings
            ADD COLUMN IF NOT EXISTS "feature_naming_pattern" text;
        ALTER TABLE project_settings
            ADD COLUMN IF NOT EXISTS "feature_naming_example" text;

-- migrate:down irreversible
