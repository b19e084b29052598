-- revision: 0584bdc529eb
-- down_revision: f5a4f2784254
-- message: mlflow/mlflow add_cascading_deletion_to_datasets_from_experiments

-- migrate:up
-- alembic: upgrade f5a4f2784254 -> 0584bdc529eb

ALTER TABLE datasets DROP CONSTRAINT datasets_experiment_id_fkey;

ALTER TABLE datasets ADD CONSTRAINT fk_datasets_experiment_id_experiments FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE;

-- migrate:down
-- alembic: downgrade 0584bdc529eb -> f5a4f2784254
