-- revision: v20251013131405
-- down_revision: v20251009132935
-- message: Unleash/unleash milestone_progression_uniqueness

-- migrate:up
DROP INDEX IF EXISTS milestone_progressions_source_milestone_idx;
         CREATE UNIQUE INDEX milestone_progressions_source_milestone_idx ON milestone_progressions(source_milestone);

-- migrate:down irreversible
