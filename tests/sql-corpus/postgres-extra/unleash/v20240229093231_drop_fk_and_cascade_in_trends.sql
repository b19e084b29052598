-- revision: v20240229093231
-- down_revision: v20240222123532
-- message: Unleash/unleash drop_fk_and_cascade_in_trends

-- migrate:up
ALTER TABLE flag_trends DROP CONSTRAINT IF EXISTS flag_trends_project_fkey;
            ALTER TABLE project_client_metrics_trends DROP CONSTRAINT IF EXISTS project_client_metrics_trends_project_fkey;

-- migrate:down irreversible
