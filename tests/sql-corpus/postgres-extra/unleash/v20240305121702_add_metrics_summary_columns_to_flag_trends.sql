-- revision: v20240305121702
-- down_revision: v20240305121426
-- message: Unleash/unleash add_metrics_summary_columns_to_flag_trends

-- migrate:up
ALTER TABLE IF EXISTS flag_trends
           ADD COLUMN total_yes integer,
           ADD COLUMN  total_no integer,
           ADD COLUMN  total_apps integer,
           ADD COLUMN  total_environments integer;

-- migrate:down irreversible
