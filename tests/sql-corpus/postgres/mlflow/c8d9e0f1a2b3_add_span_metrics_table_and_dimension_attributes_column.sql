-- revision: c8d9e0f1a2b3
-- down_revision: d0e1f2a3b4c5
-- message: mlflow/mlflow add_span_metrics_table_and_dimension_attributes_column

-- migrate:up
-- alembic: upgrade d0e1f2a3b4c5 -> c8d9e0f1a2b3

CREATE TABLE span_metrics (
    trace_id VARCHAR(50) NOT NULL,
    span_id VARCHAR(50) NOT NULL,
    key VARCHAR(250) NOT NULL,
    value FLOAT(53),
    CONSTRAINT span_metrics_pk PRIMARY KEY (trace_id, span_id, key),
    CONSTRAINT fk_span_metrics_span FOREIGN KEY(trace_id, span_id) REFERENCES spans (trace_id, span_id) ON DELETE CASCADE
);

CREATE INDEX index_span_metrics_trace_id_span_id ON span_metrics (trace_id, span_id);

ALTER TABLE spans ADD COLUMN dimension_attributes JSON;

-- migrate:down
-- alembic: downgrade c8d9e0f1a2b3 -> d0e1f2a3b4c5

ALTER TABLE spans DROP COLUMN dimension_attributes;

DROP TABLE span_metrics;
