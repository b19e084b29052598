-- revision: c1d2e3f4a5b6
-- down_revision: a8b9c0d1e2f3
-- message: mlflow/mlflow add_span_experiment_and_start_time_index

-- migrate:up
-- alembic: upgrade a8b9c0d1e2f3 -> c1d2e3f4a5b6

DROP INDEX index_spans_experiment_id;

CREATE INDEX index_spans_experiment_id_start_time ON spans (experiment_id, start_time_unix_nano);

-- migrate:down
-- alembic: downgrade c1d2e3f4a5b6 -> a8b9c0d1e2f3

DROP INDEX index_spans_experiment_id_start_time;

CREATE INDEX index_spans_experiment_id ON spans (experiment_id);
