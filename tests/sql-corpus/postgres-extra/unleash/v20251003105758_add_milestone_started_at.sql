-- revision: v20251003105758
-- down_revision: v20251002095623
-- message: Unleash/unleash add_milestone_started_at

-- migrate:up
ALTER TABLE milestones ADD COLUMN IF NOT EXISTS started_at TIMESTAMP WITH TIME ZONE;

-- migrate:down irreversible
