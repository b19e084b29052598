-- revision: v0113
-- down_revision: v0112
-- message: harness/harness alter_usage_metrics_rename

-- migrate:up
ALTER TABLE repositories
    ADD COLUMN repo_lfs_size BIGINT NOT NULL DEFAULT 0;

ALTER TABLE usage_metrics
    RENAME COLUMN usage_metric_bandwidth TO usage_metric_bandwidth_out;

ALTER TABLE usage_metrics
    ADD COLUMN usage_metric_bandwidth_in BIGINT NOT NULL DEFAULT 0;

ALTER TABLE usage_metrics
    RENAME COLUMN usage_metric_storage TO usage_metric_storage_total;

ALTER TABLE usage_metrics
    ADD COLUMN usage_metric_lfs_storage_total BIGINT NOT NULL DEFAULT 0;

-- migrate:down
ALTER TABLE repositories
    DROP COLUMN repo_lfs_size;

ALTER TABLE usage_metrics
    RENAME COLUMN usage_metric_bandwidth_out TO usage_metric_bandwidth;

ALTER TABLE usage_metrics
    DROP COLUMN usage_metric_bandwidth_in;

ALTER TABLE usage_metrics
    RENAME COLUMN usage_metric_storage_total TO usage_metric_storage;

ALTER TABLE usage_metrics
    DROP COLUMN usage_metric_lfs_storage_total;
