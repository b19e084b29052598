-- revision: c0880e315ebe
-- down_revision: aff0128aa8f1
-- message: keephq/keep convert_incident_name_fields_to_text

-- migrate:up
-- alembic: upgrade aff0128aa8f1 -> c0880e315ebe

ALTER TABLE incident ALTER COLUMN user_generated_name TYPE TEXT;

ALTER TABLE incident ALTER COLUMN ai_generated_name TYPE TEXT;

-- migrate:down
-- alembic: downgrade c0880e315ebe -> aff0128aa8f1

ALTER TABLE incident ALTER COLUMN ai_generated_name TYPE VARCHAR(255);

ALTER TABLE incident ALTER COLUMN user_generated_name TYPE VARCHAR(255);
