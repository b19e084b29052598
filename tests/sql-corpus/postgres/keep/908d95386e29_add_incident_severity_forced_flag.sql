-- revision: 908d95386e29
-- down_revision: e343054ae740
-- message: keephq/keep add_incident_severity_forced_flag

-- migrate:up
-- alembic: upgrade e343054ae740 -> 908d95386e29

ALTER TABLE incident ADD COLUMN forced_severity BOOLEAN DEFAULT false NOT NULL;

-- migrate:down
-- alembic: downgrade 908d95386e29 -> e343054ae740

ALTER TABLE incident DROP COLUMN forced_severity;
