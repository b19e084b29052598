-- revision: 8d1e9a9e0b1f
-- down_revision: 794249a0b1bd
-- message: mamba-org/quetz adding_download_metrics

-- migrate:up
-- alembic: upgrade 794249a0b1bd -> 8d1e9a9e0b1f

CREATE TYPE intervaltype AS ENUM ('hour', 'day', 'month', 'year');

CREATE TABLE package_version_metrics (
    package_version_id BYTEA NOT NULL,
    metric_name VARCHAR(255) NOT NULL,
    period intervaltype NOT NULL,
    count INTEGER DEFAULT 0 NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (package_version_id, metric_name, period, timestamp),
    FOREIGN KEY(package_version_id) REFERENCES package_versions (id)
);

ALTER TABLE package_versions ADD COLUMN download_count INTEGER;

-- migrate:down
-- alembic: downgrade 8d1e9a9e0b1f -> 794249a0b1bd

ALTER TABLE package_versions DROP COLUMN download_count;

DROP TABLE package_version_metrics;

DROP TYPE intervaltype;
