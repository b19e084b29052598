-- revision: c5443d9deb0f
-- down_revision: 938b1aa62d5c
-- message: keephq/keep add_status_to_incident_model

-- migrate:up
-- alembic: upgrade 938b1aa62d5c -> c5443d9deb0f

ALTER TABLE incident ADD COLUMN status VARCHAR DEFAULT 'firing' NOT NULL;

CREATE INDEX ix_incident_status ON incident (status);

-- migrate:down
-- alembic: downgrade c5443d9deb0f -> 938b1aa62d5c

DROP INDEX ix_incident_status;

ALTER TABLE incident DROP COLUMN status;
