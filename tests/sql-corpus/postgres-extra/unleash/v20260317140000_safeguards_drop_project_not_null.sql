-- revision: v20260317140000
-- down_revision: v20260316140000
-- message: Unleash/unleash safeguards_drop_project_not_null

-- migrate:up
ALTER TABLE feature_environment_safeguards
            DROP CONSTRAINT IF EXISTS feature_environment_safeguards_project_fkey;

        ALTER TABLE feature_environment_safeguards
            ALTER COLUMN project DROP NOT NULL;

-- migrate:down irreversible
