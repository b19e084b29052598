-- revision: v20240508153244
-- down_revision: v20240507075431
-- message: Unleash/unleash feature_lifecycles_status

-- migrate:up
ALTER TABLE feature_lifecycles ADD COLUMN IF NOT EXISTS status TEXT;
        ALTER TABLE feature_lifecycles ADD COLUMN IF NOT EXISTS status_value TEXT;

-- migrate:down irreversible
