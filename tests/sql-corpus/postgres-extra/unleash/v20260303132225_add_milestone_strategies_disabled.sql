-- revision: v20260303132225
-- down_revision: v20260213095258
-- message: Unleash/unleash add_milestone_strategies_disabled

-- migrate:up
ALTER TABLE milestone_strategies ADD COLUMN IF NOT EXISTS disabled BOOLEAN DEFAULT false;

-- migrate:down irreversible
