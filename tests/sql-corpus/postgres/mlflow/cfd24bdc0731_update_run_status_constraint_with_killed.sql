-- revision: cfd24bdc0731
-- down_revision: 2b4d017a5e9b
-- message: mlflow/mlflow update_run_status_constraint_with_killed

-- migrate:up
-- alembic: upgrade 2b4d017a5e9b -> cfd24bdc0731

ALTER TABLE runs DROP CONSTRAINT status;

ALTER TABLE runs ALTER COLUMN status TYPE VARCHAR(9);

ALTER TABLE runs ADD CHECK (status IN ('SCHEDULED', 'FAILED', 'FINISHED', 'RUNNING', 'KILLED'));

-- migrate:down
-- alembic: downgrade cfd24bdc0731 -> 2b4d017a5e9b
