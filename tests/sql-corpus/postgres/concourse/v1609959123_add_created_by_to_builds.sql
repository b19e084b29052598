-- revision: v1609959123
-- down_revision: v1609958558
-- message: concourse/concourse add_created_by_to_builds

-- migrate:up

ALTER TABLE builds
  ADD COLUMN created_by text;

-- migrate:down

ALTER TABLE builds
DROP COLUMN created_by;
