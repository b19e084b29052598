-- revision: v0109
-- down_revision: v0108
-- message: harness/harness alter_usage_table_add_pushes

-- migrate:up
ALTER TABLE usage_metrics
ADD COLUMN usage_metric_pushes INTEGER NOT NULL DEFAULT 0;

-- migrate:down
ALTER TABLE usage_metrics
DROP COLUMN usage_metric_pushes;
