-- revision: 76601a5f987d
-- down_revision: e1f2a3b4c5d6
-- message: mlflow/mlflow add_issues_table

-- migrate:up
-- alembic: upgrade e1f2a3b4c5d6 -> 76601a5f987d

CREATE TABLE issues (
    issue_id VARCHAR(36) NOT NULL,
    experiment_id INTEGER NOT NULL,
    name VARCHAR(250) NOT NULL,
    description TEXT NOT NULL,
    status VARCHAR(50) NOT NULL,
    severity VARCHAR(50),
    root_causes TEXT,
    source_run_id VARCHAR(32),
    categories TEXT,
    created_timestamp BIGINT NOT NULL,
    last_updated_timestamp BIGINT NOT NULL,
    created_by VARCHAR(255),
    CONSTRAINT issues_pk PRIMARY KEY (issue_id),
    CONSTRAINT fk_issues_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE,
    CONSTRAINT fk_issues_source_run_id FOREIGN KEY(source_run_id) REFERENCES runs (run_uuid) ON DELETE SET NULL
);

CREATE INDEX index_issues_experiment_id ON issues (experiment_id);

CREATE INDEX index_issues_source_run_id ON issues (source_run_id);

CREATE INDEX index_issues_status ON issues (status);

-- migrate:down
-- alembic: downgrade 76601a5f987d -> e1f2a3b4c5d6

DROP TABLE issues;
