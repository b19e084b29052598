-- revision: df50e92ffc5e
-- down_revision: 181f10493468
-- message: mlflow/mlflow add_experiment_tags_table

-- migrate:up
-- alembic: upgrade 181f10493468 -> df50e92ffc5e

CREATE TABLE experiment_tags (
    key VARCHAR(250) NOT NULL,
    value VARCHAR(5000),
    experiment_id INTEGER NOT NULL,
    CONSTRAINT experiment_tag_pk PRIMARY KEY (key, experiment_id),
    FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id)
);

-- migrate:down
-- alembic: downgrade df50e92ffc5e -> 181f10493468
