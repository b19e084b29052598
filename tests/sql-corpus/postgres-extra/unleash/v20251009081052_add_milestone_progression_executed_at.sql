-- revision: v20251009081052
-- down_revision: v20251006111609
-- message: Unleash/unleash add_milestone_progression_executed_at

-- migrate:up
ALTER TABLE milestone_progressions
        ADD COLUMN executed_at TIMESTAMP WITH TIME ZONE;

-- migrate:down irreversible
