-- revision: b23c83a12cb4
-- down_revision: 8905262ec07f
-- message: PrefectHQ/prefect add_catchup_fields_to_deploymentschedule

-- migrate:up
-- alembic: upgrade 8905262ec07f -> b23c83a12cb4

ALTER TABLE deployment_schedule ADD COLUMN max_active_runs INTEGER;

ALTER TABLE deployment_schedule ADD COLUMN max_scheduled_runs INTEGER;

ALTER TABLE deployment_schedule ADD COLUMN catchup BOOLEAN DEFAULT '0' NOT NULL;

-- migrate:down
-- alembic: downgrade b23c83a12cb4 -> 8905262ec07f

ALTER TABLE deployment_schedule DROP COLUMN catchup;

ALTER TABLE deployment_schedule DROP COLUMN max_scheduled_runs;

ALTER TABLE deployment_schedule DROP COLUMN max_active_runs;
