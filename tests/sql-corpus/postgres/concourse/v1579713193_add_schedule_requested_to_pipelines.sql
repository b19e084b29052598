-- revision: v1579713193
-- down_revision: v1579713192
-- message: concourse/concourse add_schedule_requested_to_pipelines

-- migrate:up

ALTER TABLE pipelines
  ADD COLUMN schedule_requested timestamp with time zone DEFAULT '1970-01-01 00:00:00'::timestamp with time zone NOT NULL;


-- migrate:down

ALTER TABLE pipelines
  DROP COLUMN schedule_requested;

