-- revision: v1579713188
-- down_revision: v1579713187
-- message: concourse/concourse add_rerun_of_builds

-- migrate:up

ALTER TABLE builds
  ADD COLUMN "rerun_of" integer REFERENCES builds (id) ON DELETE CASCADE,
  ADD COLUMN "rerun_number" integer DEFAULT 0 NOT NULL;

ALTER TABLE successful_build_outputs
  ADD COLUMN "rerun_of" integer REFERENCES builds (id) ON DELETE CASCADE;


-- migrate:down

ALTER TABLE builds
  DROP COLUMN "rerun_of",
  DROP COLUMN "rerun_number";

ALTER TABLE successful_build_outputs
  DROP COLUMN "rerun_of";

