-- revision: 89d3d66ed43f
-- down_revision: da6fb0208061
-- message: mlflow/mlflow add_label_schemas_table

-- migrate:up
-- alembic: upgrade da6fb0208061 -> 89d3d66ed43f

CREATE TABLE label_schemas (
    schema_id VARCHAR(36) NOT NULL,
    experiment_id INTEGER NOT NULL,
    name VARCHAR(250) NOT NULL,
    type VARCHAR(16) NOT NULL,
    instruction TEXT,
    enable_comment BOOLEAN DEFAULT '0' NOT NULL,
    input_type VARCHAR(32) NOT NULL,
    input_config TEXT NOT NULL,
    created_by VARCHAR(255),
    created_time BIGINT NOT NULL,
    last_update_time BIGINT NOT NULL,
    is_default BOOLEAN DEFAULT false NOT NULL,
    CONSTRAINT label_schemas_pk PRIMARY KEY (schema_id),
    CONSTRAINT fk_label_schemas_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE,
    CONSTRAINT uq_label_schemas_exp_name UNIQUE (experiment_id, name)
);

CREATE INDEX index_label_schemas_experiment_id ON label_schemas (experiment_id);

-- migrate:down
-- alembic: downgrade 89d3d66ed43f -> da6fb0208061

DROP INDEX index_label_schemas_experiment_id;

DROP TABLE label_schemas;
