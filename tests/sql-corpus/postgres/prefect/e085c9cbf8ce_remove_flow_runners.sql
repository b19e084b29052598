-- revision: e085c9cbf8ce
-- down_revision: 0cf7311d6ea6
-- message: PrefectHQ/prefect remove_flow_runners

-- migrate:up
-- alembic: upgrade 0cf7311d6ea6 -> e085c9cbf8ce

ALTER TABLE deployment DROP COLUMN flow_runner_type;

ALTER TABLE deployment DROP COLUMN flow_runner_config;

ALTER TABLE deployment DROP COLUMN description;

DROP INDEX ix_flow_run__flow_runner_type;

ALTER TABLE flow_run DROP COLUMN flow_runner_type;

ALTER TABLE flow_run DROP COLUMN flow_runner_config;

ALTER TABLE flow_run DROP COLUMN empirical_config;

-- migrate:down
-- alembic: downgrade e085c9cbf8ce -> 0cf7311d6ea6

ALTER TABLE flow_run ADD COLUMN empirical_config JSONB DEFAULT '{}'::jsonb NOT NULL;

ALTER TABLE flow_run ADD COLUMN flow_runner_config JSONB;

ALTER TABLE flow_run ADD COLUMN flow_runner_type VARCHAR;

CREATE INDEX ix_flow_run__flow_runner_type ON flow_run (flow_runner_type);

ALTER TABLE deployment ADD COLUMN description TEXT;

ALTER TABLE deployment ADD COLUMN flow_runner_config JSONB;

ALTER TABLE deployment ADD COLUMN flow_runner_type VARCHAR;
