-- revision: v20241127074206
-- down_revision: v20241125080935
-- message: Unleash/unleash milestone_strategy_title_nullable

-- migrate:up
ALTER TABLE milestone_strategies ALTER COLUMN title DROP NOT NULL;

-- migrate:down irreversible
