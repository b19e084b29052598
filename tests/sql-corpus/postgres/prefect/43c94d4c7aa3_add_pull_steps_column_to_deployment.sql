-- revision: 43c94d4c7aa3
-- down_revision: 6a1eb3d442e4
-- message: PrefectHQ/prefect add_pull_steps_column_to_deployment

-- migrate:up
-- alembic: upgrade 6a1eb3d442e4 -> 43c94d4c7aa3

ALTER TABLE deployment ADD COLUMN pull_steps JSONB;

-- migrate:down
-- alembic: downgrade 43c94d4c7aa3 -> 6a1eb3d442e4

ALTER TABLE deployment DROP COLUMN pull_steps;
