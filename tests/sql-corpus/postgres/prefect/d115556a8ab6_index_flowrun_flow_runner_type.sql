-- revision: d115556a8ab6
-- down_revision: 4799f657a6a1
-- message: PrefectHQ/prefect index_flowrun_flow_runner_type

-- migrate:up
-- alembic: upgrade 4799f657a6a1 -> d115556a8ab6

CREATE INDEX ix_flow_run__flow_runner_type ON flow_run (flow_runner_type);

-- migrate:down
-- alembic: downgrade d115556a8ab6 -> 4799f657a6a1

DROP INDEX ix_flow_run__flow_runner_type;
