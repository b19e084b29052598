-- revision: f3ecc7411f38
-- down_revision: c0e70149c9ec
-- message: keephq/keep add_is_candidate_and_is_visible_flags_to_incident_to_replace

-- migrate:up
-- alembic: upgrade c0e70149c9ec -> f3ecc7411f38

ALTER TABLE incident ADD COLUMN is_candidate BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE incident ADD COLUMN is_visible BOOLEAN DEFAULT true NOT NULL;

UPDATE incident SET is_candidate = not is_confirmed;

ALTER TABLE incident DROP COLUMN is_confirmed;

-- migrate:down
-- alembic: downgrade f3ecc7411f38 -> c0e70149c9ec

ALTER TABLE incident ADD COLUMN is_confirmed BOOLEAN DEFAULT false NOT NULL;

UPDATE incident SET is_confirmed = not is_candidate;

ALTER TABLE incident DROP COLUMN is_visible;

ALTER TABLE incident DROP COLUMN is_candidate;
