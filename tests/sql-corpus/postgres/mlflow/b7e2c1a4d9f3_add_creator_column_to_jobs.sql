-- revision: b7e2c1a4d9f3
-- down_revision: 17e22815139b
-- message: mlflow/mlflow add_creator_column_to_jobs

-- migrate:up
-- alembic: upgrade 17e22815139b -> b7e2c1a4d9f3

ALTER TABLE jobs ADD COLUMN creator VARCHAR(255);

-- migrate:down
-- alembic: downgrade b7e2c1a4d9f3 -> 17e22815139b

ALTER TABLE jobs DROP COLUMN creator;
