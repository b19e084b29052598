-- revision: 8dfb7c4bfbd7
-- down_revision: 98c04a65df4a
-- message: mamba-org/quetz new_package_versions

-- migrate:up
-- alembic: upgrade 98c04a65df4a -> 8dfb7c4bfbd7

DROP TABLE package_version_metrics;

CREATE TABLE aggregated_metrics (
    id BYTEA NOT NULL,
    channel_name VARCHAR,
    platform VARCHAR,
    filename VARCHAR,
    metric_name VARCHAR(255) NOT NULL,
    period intervaltype,
    count INTEGER DEFAULT 0 NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);

-- migrate:down
-- alembic: downgrade 8dfb7c4bfbd7 -> 98c04a65df4a

CREATE TABLE package_version_metrics (
    package_version_id BYTEA NOT NULL,
    metric_name VARCHAR(255) NOT NULL,
    period intervaltype NOT NULL,
    count INTEGER DEFAULT 0 NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    CONSTRAINT package_version_metrics_pkey PRIMARY KEY (package_version_id, metric_name, period, timestamp),
    CONSTRAINT package_version_metrics_package_version_id_fkey FOREIGN KEY(package_version_id) REFERENCES package_versions (id)
);

DROP TABLE aggregated_metrics;
