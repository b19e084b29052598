-- revision: v20221110144113
-- down_revision: v20221110104933
-- message: Unleash/unleash revert_change_request_project_options

-- migrate:up
ALTER TABLE project_environments drop column if exists change_request_enabled;
            ALTER TABLE projects drop column if exists change_request_enabled;

-- migrate:down irreversible
