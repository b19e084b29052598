-- revision: v1579713198
-- down_revision: v1579713196
-- message: concourse/concourse separate_job_config_fields

-- migrate:up

ALTER TABLE jobs
  ADD COLUMN public boolean NOT NULL DEFAULT FALSE,
  ADD COLUMN max_in_flight int NOT NULL DEFAULT 0,
  ADD COLUMN disable_manual_trigger boolean NOT NULL DEFAULT FALSE;


-- migrate:down

ALTER TABLE jobs
  DROP COLUMN public,
  DROP COLUMN max_in_flight,
  DROP COLUMN disable_manual_trigger;

