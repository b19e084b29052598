-- revision: v20230316092547
-- down_revision: v20230314131041
-- message: Unleash/unleash remove_project_stats_column

-- migrate:up
ALTER table project_stats
                DROP COLUMN avg_time_to_prod_past_window;

-- migrate:down irreversible
