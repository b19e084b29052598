-- revision: v20251103114221
-- down_revision: v20251027094509
-- message: Unleash/unleash milestone_progression_paused_at

-- migrate:up
ALTER TABLE milestone_progressions
        ADD COLUMN paused_at TIMESTAMP WITH TIME ZONE;

-- migrate:down irreversible
