-- revision: 89d4b8295536
-- down_revision: 7ac759974ad8
-- message: mlflow/mlflow create_latest_metrics_table

-- migrate:up
-- alembic: upgrade 7ac759974ad8 -> 89d4b8295536

CREATE TABLE latest_metrics (
    key VARCHAR(250) NOT NULL,
    value FLOAT(53) NOT NULL,
    timestamp BIGINT,
    step BIGINT NOT NULL,
    is_nan BOOLEAN NOT NULL,
    run_uuid VARCHAR(32) NOT NULL,
    CONSTRAINT latest_metric_pk PRIMARY KEY (key, run_uuid),
    FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid)
);

-- migrate:down
-- alembic: downgrade 89d4b8295536 -> 7ac759974ad8

DROP TABLE latest_metrics;
