-- revision: v20221107132528
-- down_revision: v20221107121635
-- message: Unleash/unleash change_request_project_options

-- migrate:up
ALTER TABLE project_environments add column if not exists change_request_enabled bool default false;
            ALTER TABLE projects add column if not exists change_request_enabled bool default false;

-- migrate:down irreversible
