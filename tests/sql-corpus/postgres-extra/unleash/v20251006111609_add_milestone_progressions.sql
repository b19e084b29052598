-- revision: v20251006111609
-- down_revision: v20251003105758
-- message: Unleash/unleash add_milestone_progressions

-- migrate:up
CREATE TABLE IF NOT EXISTS milestone_progressions (
            id TEXT PRIMARY KEY NOT NULL,
            source_milestone TEXT NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
            target_milestone TEXT NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
            transition_condition JSONB NOT NULL
        );

-- migrate:down irreversible
