-- revision: v1554128419
-- down_revision: v1552943209
-- message: concourse/concourse rename_resource_config_scope_last_checked

-- migrate:up

ALTER TABLE resource_config_scopes RENAME COLUMN last_checked TO last_check_start_time;
ALTER TABLE resource_config_scopes RENAME COLUMN last_check_finished TO last_check_end_time;


-- migrate:down

ALTER TABLE resource_config_scopes RENAME COLUMN last_check_start_time TO last_checked;
ALTER TABLE resource_config_scopes RENAME COLUMN last_check_end_time TO last_check_finished;

