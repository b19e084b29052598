-- revision: 97727af70f4d
-- down_revision: cc1f77228345
-- message: mlflow/mlflow add_creation_time_and_last_update_time_to_experiments_table

-- migrate:up
-- alembic: upgrade cc1f77228345 -> 97727af70f4d

ALTER TABLE experiments ADD COLUMN creation_time BIGINT;

ALTER TABLE experiments ADD COLUMN last_update_time BIGINT;

-- migrate:down
-- alembic: downgrade 97727af70f4d -> cc1f77228345
