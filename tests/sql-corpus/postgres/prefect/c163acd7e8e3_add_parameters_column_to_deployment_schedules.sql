-- revision: c163acd7e8e3
-- down_revision: 5d03c01be85e
-- message: PrefectHQ/prefect add_parameters_column_to_deployment_schedules

-- migrate:up
-- alembic: upgrade 5d03c01be85e -> c163acd7e8e3

ALTER TABLE deployment_schedule ADD COLUMN parameters JSONB DEFAULT '{}' NOT NULL;

-- migrate:down
-- alembic: downgrade c163acd7e8e3 -> 5d03c01be85e

ALTER TABLE deployment_schedule DROP COLUMN parameters;
