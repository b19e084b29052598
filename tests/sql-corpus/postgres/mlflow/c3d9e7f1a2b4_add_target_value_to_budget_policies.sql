-- revision: c3d9e7f1a2b4
-- down_revision: c1d2e3f4a5b6
-- message: mlflow/mlflow add_target_value_to_budget_policies

-- migrate:up
-- alembic: upgrade c1d2e3f4a5b6 -> c3d9e7f1a2b4

ALTER TABLE budget_policies ADD COLUMN target_value VARCHAR(255);

CREATE INDEX idx_budget_policies_target_value ON budget_policies (target_value);

-- migrate:down
-- alembic: downgrade c3d9e7f1a2b4 -> c1d2e3f4a5b6

DROP INDEX idx_budget_policies_target_value;

ALTER TABLE budget_policies DROP COLUMN target_value;
