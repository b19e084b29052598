-- revision: v0162
-- down_revision: v0161
-- message: harness/harness 0162

-- migrate:up
ALTER TABLE usage_metrics
    ALTER COLUMN usage_metric_bandwidth_out SET DEFAULT 0,
    ALTER COLUMN usage_metric_storage_total SET DEFAULT 0,
    DROP COLUMN usage_metric_version;

-- migrate:down
ALTER TABLE usage_metrics
    ALTER COLUMN usage_metric_bandwidth_out DROP DEFAULT,
    ALTER COLUMN usage_metric_storage_total DROP DEFAULT,
    ADD COLUMN usage_metric_version BIGINT NOT NULL DEFAULT 0;
