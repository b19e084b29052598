-- revision: v20240222123532
-- down_revision: v20240221115502
-- message: Unleash/unleash project_metrics_summary_trends

-- migrate:up
CREATE TABLE IF NOT EXISTS project_client_metrics_trends
            (
                project varchar NOT NULL references projects(id) ON DELETE CASCADE,
                date date NOT NULL,
                total_yes integer NOT NULL,
                total_no integer NOT NULL,
                total_apps integer NOT NULL,
                total_flags integer NOT NULL,
                total_environments integer NOT NULL,
                PRIMARY KEY (project, date)
            );

-- migrate:down irreversible
