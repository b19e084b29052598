-- revision: v1579713189
-- down_revision: v1579713188
-- message: concourse/concourse add_inputs_determined_to_builds

-- migrate:up

ALTER TABLE builds
  ADD COLUMN inputs_ready boolean NOT NULL DEFAULT false;

UPDATE builds
SET inputs_ready = scheduled;


-- migrate:down

ALTER TABLE builds
  DROP COLUMN inputs_ready;

