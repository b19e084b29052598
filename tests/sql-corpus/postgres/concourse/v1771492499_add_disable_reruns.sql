-- revision: v1771492499
-- down_revision: v1765921815
-- message: concourse/concourse add_disable_reruns

-- migrate:up
ALTER TABLE jobs
  ADD COLUMN disable_reruns boolean NOT NULL DEFAULT FALSE;

-- migrate:down
ALTER TABLE jobs
  DROP COLUMN IF EXISTS disable_reruns;
