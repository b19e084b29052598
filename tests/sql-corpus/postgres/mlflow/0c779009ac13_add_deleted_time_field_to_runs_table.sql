-- revision: 0c779009ac13
-- down_revision: bd07f7e963c5
-- message: mlflow/mlflow add_deleted_time_field_to_runs_table

-- migrate:up
-- alembic: upgrade bd07f7e963c5 -> 0c779009ac13

ALTER TABLE runs ADD COLUMN deleted_time BIGINT;

-- migrate:down
-- alembic: downgrade 0c779009ac13 -> bd07f7e963c5
