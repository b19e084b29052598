-- revision: 89b4d3905d26
-- down_revision: 8438f041ee0e
-- message: keephq/keep merge_incidents

-- migrate:up
-- alembic: upgrade 8438f041ee0e -> 89b4d3905d26

ALTER TABLE incident ADD COLUMN merged_into_incident_id UUID;

ALTER TABLE incident ADD COLUMN merged_at TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE incident ADD COLUMN merged_by VARCHAR;

ALTER TABLE incident ADD CONSTRAINT fk_incident_merged_into_incident_id FOREIGN KEY(merged_into_incident_id) REFERENCES incident (id) ON DELETE SET NULL;

-- migrate:down
-- alembic: downgrade 89b4d3905d26 -> 8438f041ee0e

ALTER TABLE incident DROP CONSTRAINT fk_incident_merged_into_incident_id;

ALTER TABLE incident DROP COLUMN merged_by;

ALTER TABLE incident DROP COLUMN merged_at;

ALTER TABLE incident DROP COLUMN merged_into_incident_id;
