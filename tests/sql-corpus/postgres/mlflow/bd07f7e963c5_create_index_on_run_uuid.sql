-- revision: bd07f7e963c5
-- down_revision: c48cb773bb87
-- message: mlflow/mlflow create_index_on_run_uuid

-- migrate:up
-- alembic: upgrade c48cb773bb87 -> bd07f7e963c5

CREATE INDEX index_params_run_uuid ON params (run_uuid);

CREATE INDEX index_metrics_run_uuid ON metrics (run_uuid);

CREATE INDEX index_latest_metrics_run_uuid ON latest_metrics (run_uuid);

CREATE INDEX index_tags_run_uuid ON tags (run_uuid);

-- migrate:down
-- alembic: downgrade bd07f7e963c5 -> c48cb773bb87
