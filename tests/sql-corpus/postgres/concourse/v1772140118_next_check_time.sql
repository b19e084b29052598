-- revision: v1772140118
-- down_revision: v1771492499
-- message: concourse/concourse next_check_time

-- migrate:up
ALTER TABLE resource_config_scopes
  ADD COLUMN next_check_time timestamp with time zone NOT NULL DEFAULT '1970-01-01 00:00:00';

-- migrate:down
ALTER TABLE resource_config_scopes
  DROP COLUMN IF EXISTS next_check_time;
