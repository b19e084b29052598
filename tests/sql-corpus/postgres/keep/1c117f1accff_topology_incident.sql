-- revision: 1c117f1accff
-- down_revision: dcb7f88a04da
-- message: keephq/keep topology_incident

-- migrate:up
-- alembic: upgrade dcb7f88a04da -> 1c117f1accff

ALTER TABLE incident ADD COLUMN incident_type VARCHAR;

ALTER TABLE incident ADD COLUMN incident_application UUID;

ALTER TABLE incident ADD COLUMN resolve_on VARCHAR;

ALTER TABLE topologyapplication ADD COLUMN repository VARCHAR;

ALTER TABLE topologyservice ADD COLUMN namespace VARCHAR;

-- migrate:down
-- alembic: downgrade 1c117f1accff -> dcb7f88a04da

ALTER TABLE incident DROP COLUMN incident_application;

ALTER TABLE incident DROP COLUMN incident_type;

ALTER TABLE incident DROP COLUMN resolve_on;

ALTER TABLE topologyapplication DROP COLUMN repository;

ALTER TABLE topologyservice DROP COLUMN namespace;
