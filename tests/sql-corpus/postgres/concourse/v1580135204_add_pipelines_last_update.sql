-- revision: v1580135204
-- down_revision: v1579713200
-- message: concourse/concourse add_pipelines_last_update

-- migrate:up

ALTER TABLE pipelines
  ADD COLUMN "last_updated" timestamp with time zone NOT NULL DEFAULT '1970-01-01 00:00:00';


-- migrate:down

ALTER TABLE pipelines
  DROP COLUMN IF EXISTS "last_updated";

