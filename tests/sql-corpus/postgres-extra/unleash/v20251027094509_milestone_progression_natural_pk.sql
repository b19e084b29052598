-- revision: v20251027094509
-- down_revision: v20251013131405
-- message: Unleash/unleash milestone_progression_natural_pk

-- migrate:up
DROP INDEX IF EXISTS milestone_progressions_source_milestone_idx;

        ALTER TABLE milestone_progressions DROP COLUMN id;

        ALTER TABLE milestone_progressions ADD PRIMARY KEY (source_milestone);

-- migrate:down irreversible
