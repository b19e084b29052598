-- revision: 2c33131f4dae
-- down_revision: c9d4e5f6a7b8
-- message: mlflow/mlflow add_online_scoring_configs_table

-- migrate:up
-- alembic: upgrade c9d4e5f6a7b8 -> 2c33131f4dae

CREATE TABLE online_scoring_configs (
    online_scoring_config_id VARCHAR(36) NOT NULL,
    scorer_id VARCHAR(36) NOT NULL,
    sample_rate FLOAT(53) NOT NULL,
    experiment_id INTEGER NOT NULL,
    filter_string TEXT,
    CONSTRAINT online_scoring_config_pk PRIMARY KEY (online_scoring_config_id),
    CONSTRAINT fk_online_scoring_configs_scorer_id FOREIGN KEY(scorer_id) REFERENCES scorers (scorer_id) ON DELETE CASCADE,
    CONSTRAINT fk_online_scoring_configs_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id)
);

-- migrate:down
-- alembic: downgrade 2c33131f4dae -> c9d4e5f6a7b8

DROP TABLE online_scoring_configs;
