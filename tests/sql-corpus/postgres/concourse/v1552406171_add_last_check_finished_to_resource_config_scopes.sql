-- revision: v1552406171
-- down_revision: v1551384520
-- message: concourse/concourse add_last_check_finished_to_resource_config_scopes

-- migrate:up


ALTER TABLE resource_config_scopes
  ADD COLUMN last_check_finished timestamp with time zone NOT NULL DEFAULT '1970-01-01 00:00:00';



-- migrate:down


ALTER TABLE resource_config_scopes
  DROP COLUMN last_check_finished;


