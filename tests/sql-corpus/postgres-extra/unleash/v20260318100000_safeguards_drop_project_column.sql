-- revision: v20260318100000
-- down_revision: v20260317140000
-- message: Unleash/unleash safeguards_drop_project_column

-- migrate:up
ALTER TABLE feature_environment_safeguards
            DROP COLUMN IF EXISTS project;

-- migrate:down irreversible
