-- revision: bf756df80e9d
-- down_revision: 017d759805d9
-- message: keephq/keep incident_linking_to_each_other

-- migrate:up
-- alembic: upgrade 017d759805d9 -> bf756df80e9d

ALTER TABLE incident ADD COLUMN same_incident_in_the_past_id UUID;

ALTER TABLE incident ADD CONSTRAINT same_incident_in_the_past_id_fk FOREIGN KEY(same_incident_in_the_past_id) REFERENCES incident (id) ON DELETE SET NULL;

-- migrate:down
-- alembic: downgrade bf756df80e9d -> 017d759805d9

ALTER TABLE incident DROP CONSTRAINT same_incident_in_the_past_id_fk;

ALTER TABLE incident DROP COLUMN same_incident_in_the_past_id;
