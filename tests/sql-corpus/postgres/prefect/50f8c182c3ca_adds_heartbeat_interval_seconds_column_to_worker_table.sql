-- revision: 50f8c182c3ca
-- down_revision: 5f623ddbf7fe
-- message: PrefectHQ/prefect adds_heartbeat_interval_seconds_column_to_worker_table

-- migrate:up
-- alembic: upgrade 5f623ddbf7fe -> 50f8c182c3ca

ALTER TABLE worker ADD COLUMN heartbeat_interval_seconds INTEGER;

-- migrate:down
-- alembic: downgrade 50f8c182c3ca -> 5f623ddbf7fe

ALTER TABLE worker DROP COLUMN heartbeat_interval_seconds;
