-- revision: 83c1020be97d
-- down_revision: bf756df80e9d
-- message: keephq/keep alert_to_incident_link_history

-- migrate:up
-- alembic: upgrade bf756df80e9d -> 83c1020be97d

ALTER TABLE alerttoincident ADD COLUMN is_created_by_ai BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE alerttoincident ADD COLUMN deleted_at TIMESTAMP WITHOUT TIME ZONE DEFAULT '1000-01-01 00:00:00' NOT NULL;

ALTER TABLE alerttoincident DROP CONSTRAINT alerttoincident_alert_id_fkey;

ALTER TABLE alerttoincident DROP CONSTRAINT alerttoincident_incident_id_fkey;

ALTER TABLE alerttoincident DROP CONSTRAINT alerttoincident_tenant_id_fkey;

ALTER TABLE alerttoincident DROP CONSTRAINT alerttoincident_pkey;

ALTER TABLE alerttoincident ADD CONSTRAINT alerttoincident_pkey PRIMARY KEY (alert_id, incident_id, deleted_at);

ALTER TABLE alerttoincident ADD CONSTRAINT alerttoincident_alert_id_fkey FOREIGN KEY(alert_id) REFERENCES alert (id);

ALTER TABLE alerttoincident ADD CONSTRAINT alerttoincident_incident_id_fkey FOREIGN KEY(incident_id) REFERENCES incident (id) ON DELETE CASCADE;

ALTER TABLE alerttoincident ADD CONSTRAINT alerttoincident_tenant_id_fkey FOREIGN KEY(tenant_id) REFERENCES tenant (id);

-- migrate:down
-- alembic: downgrade 83c1020be97d -> bf756df80e9d

ALTER TABLE alerttoincident DROP COLUMN deleted_at;

ALTER TABLE alerttoincident DROP COLUMN is_created_by_ai;

ALTER TABLE alerttoincident DROP CONSTRAINT alerttoincident_alert_id_fkey;

ALTER TABLE alerttoincident DROP CONSTRAINT alerttoincident_incident_id_fkey;

ALTER TABLE alerttoincident DROP CONSTRAINT alerttoincident_tenant_id_fkey;

ALTER TABLE alerttoincident DROP CONSTRAINT alerttoincident_pkey;

ALTER TABLE alerttoincident ADD CONSTRAINT alerttoincident_pkey PRIMARY KEY (alert_id, incident_id);

ALTER TABLE alerttoincident ADD CONSTRAINT alerttoincident_alert_id_fkey FOREIGN KEY(alert_id) REFERENCES alert (id);

ALTER TABLE alerttoincident ADD CONSTRAINT alerttoincident_incident_id_fkey FOREIGN KEY(incident_id) REFERENCES incident (id) ON DELETE CASCADE;

ALTER TABLE alerttoincident ADD CONSTRAINT alerttoincident_tenant_id_fkey FOREIGN KEY(tenant_id) REFERENCES tenant (id);
