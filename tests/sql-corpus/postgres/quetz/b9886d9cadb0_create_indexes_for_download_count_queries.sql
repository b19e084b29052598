-- revision: b9886d9cadb0
-- down_revision: 0653794b6252
-- message: mamba-org/quetz create_indexes_for_download_count_queries

-- migrate:up
-- alembic: upgrade 0653794b6252 -> b9886d9cadb0

CREATE INDEX package_version_metric_index ON aggregated_metrics (channel_name, platform, filename, metric_name, period, timestamp);

ALTER TABLE aggregated_metrics ADD CONSTRAINT package_version_metric_constraint UNIQUE (channel_name, platform, filename, metric_name, period, timestamp);

CREATE UNIQUE INDEX package_version_filename_index ON package_versions (channel_name, filename, platform);

-- migrate:down
-- alembic: downgrade b9886d9cadb0 -> 0653794b6252

DROP INDEX package_version_filename_index;

ALTER TABLE aggregated_metrics DROP CONSTRAINT package_version_metric_constraint;

DROP INDEX package_version_metric_index;
