-- revision: ab333148350e
-- down_revision: 0b80bda47ee2
-- message: keephq/keep running_incident_number

-- migrate:up
-- alembic: upgrade 0b80bda47ee2 -> ab333148350e

ALTER TABLE incident ADD COLUMN running_number INTEGER;

CREATE UNIQUE INDEX ix_incident_tenant_running_number ON incident (tenant_id, running_number) WHERE running_number IS NOT NULL;

ALTER TABLE rule ADD COLUMN incident_prefix VARCHAR(10);

-- migrate:down
-- alembic: downgrade ab333148350e -> 0b80bda47ee2

DROP INDEX ix_incident_tenant_running_number;

ALTER TABLE incident DROP COLUMN running_number;

ALTER TABLE rule DROP COLUMN incident_prefix;
