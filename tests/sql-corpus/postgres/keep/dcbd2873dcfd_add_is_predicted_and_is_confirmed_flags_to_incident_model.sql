-- revision: dcbd2873dcfd
-- down_revision: 37019ca3eb2e
-- message: keephq/keep add_is_predicted_and_is_confirmed_flags_to_incident_model

-- migrate:up
-- alembic: upgrade 37019ca3eb2e -> dcbd2873dcfd

ALTER TABLE incident ADD COLUMN is_confirmed BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE incident ADD COLUMN is_predicted BOOLEAN DEFAULT false NOT NULL;

-- migrate:down
-- alembic: downgrade dcbd2873dcfd -> 37019ca3eb2e

ALTER TABLE incident DROP COLUMN is_confirmed;

ALTER TABLE incident DROP COLUMN is_predicted;
