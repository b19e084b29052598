-- revision: v1552492007
-- down_revision: v1552406171
-- message: concourse/concourse add_create_time_to_builds

-- migrate:up


ALTER TABLE builds
  ADD COLUMN create_time timestamp with time zone NOT NULL DEFAULT NOW();



-- migrate:down


ALTER TABLE builds
  DROP COLUMN create_time;


