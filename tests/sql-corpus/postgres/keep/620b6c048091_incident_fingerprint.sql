-- revision: 620b6c048091
-- down_revision: 895fe80117aa
-- message: keephq/keep incident_fingerprint

-- migrate:up
-- alembic: upgrade 895fe80117aa -> 620b6c048091

ALTER TABLE incident ADD COLUMN fingerprint TEXT;

-- migrate:down
-- alembic: downgrade 620b6c048091 -> 895fe80117aa

ALTER TABLE incident DROP COLUMN fingerprint;
