-- revision: a1b2c3d4e5f6
-- down_revision: 770bee3ae1dd
-- message: mlflow/mlflow add_spans_table

-- migrate:up
-- alembic: upgrade 770bee3ae1dd -> a1b2c3d4e5f6

CREATE TABLE spans (
    trace_id VARCHAR(50) NOT NULL,
    experiment_id INTEGER NOT NULL,
    span_id VARCHAR(50) NOT NULL,
    parent_span_id VARCHAR(50),
    name TEXT,
    type VARCHAR(500),
    status VARCHAR(50) NOT NULL,
    start_time_unix_nano BIGINT NOT NULL,
    end_time_unix_nano BIGINT,
    duration_ns BIGINT GENERATED ALWAYS AS (end_time_unix_nano - start_time_unix_nano) STORED,
    content TEXT NOT NULL,
    CONSTRAINT spans_pk PRIMARY KEY (trace_id, span_id),
    CONSTRAINT fk_spans_trace_id FOREIGN KEY(trace_id) REFERENCES trace_info (request_id) ON DELETE CASCADE,
    CONSTRAINT fk_spans_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id)
);

CREATE INDEX index_spans_experiment_id ON spans (experiment_id);

CREATE INDEX index_spans_experiment_id_status_type ON spans (experiment_id, status, type);

CREATE INDEX index_spans_experiment_id_type_status ON spans (experiment_id, type, status);

CREATE INDEX index_spans_experiment_id_duration ON spans (experiment_id, duration_ns);

-- migrate:down
-- alembic: downgrade a1b2c3d4e5f6 -> 770bee3ae1dd

DROP TABLE spans;
