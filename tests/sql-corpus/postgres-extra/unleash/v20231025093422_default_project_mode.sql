-- revision: v20231025093422
-- down_revision: v20231024121307
-- message: Unleash/unleash default_project_mode

-- migrate:up
ALTER TABLE project_settings
            ALTER COLUMN project_mode SET DEFAULT 'open';

        UPDATE project_settings
            SET project_mode = 'open'
                WHERE project_mode NOT IN ('open', 'protected', 'private') OR project_mode IS NULL;

        ALTER TABLE project_settings
            ALTER COLUMN project_mode SET NOT NULL;

        ALTER TABLE project_settings
            ADD CONSTRAINT project_settings_project_mode_values
                CHECK (project_mode IN ('open', 'protected', 'private'));

-- migrate:down irreversible
