-- revision: v20230424090942
-- down_revision: v20230420211308
-- message: Unleash/unleash project_default_strategy_settings

-- migrate:up
ALTER TABLE project_environments
                ADD COLUMN IF NOT EXISTS default_strategy jsonb;

-- migrate:down irreversible
