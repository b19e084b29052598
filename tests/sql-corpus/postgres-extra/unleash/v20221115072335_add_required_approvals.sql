-- revision: v20221115072335
-- down_revision: v20221114150559
-- message: Unleash/unleash add_required_approvals

-- migrate:up
ALTER TABLE change_request_settings ADD COLUMN required_approvals integer default 1;

            ALTER TABLE change_request_settings
                ADD CONSTRAINT change_request_settings_project_environment_key
                    UNIQUE (project, environment);

-- migrate:down irreversible
