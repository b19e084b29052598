-- revision: v1554469235
-- down_revision: v1554133547
-- message: concourse/concourse add_new_inputs_to_jobs

-- migrate:up

ALTER TABLE jobs ADD COLUMN has_new_inputs BOOLEAN DEFAULT FALSE;

-- migrate:down

ALTER TABLE jobs DROP COLUMN has_new_inputs;

