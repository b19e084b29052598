-- revision: v1584564140
-- down_revision: v1584109185
-- message: concourse/concourse add_archived_to_pipelines

-- migrate:up

ALTER TABLE pipelines
  ADD COLUMN "archived" boolean NOT NULL DEFAULT FALSE;


-- migrate:down

ALTER TABLE pipelines
  DROP COLUMN IF EXISTS "archived";

