-- revision: 2f46fc3f3beb
-- down_revision: 7296741dff68
-- message: PrefectHQ/prefect remove_name_column_for_notification_policies

-- migrate:up
-- alembic: upgrade 7296741dff68 -> 2f46fc3f3beb

DROP INDEX ix_flow_run_notification_policy__name;

ALTER TABLE flow_run_notification_policy DROP COLUMN name;

-- migrate:down
-- alembic: downgrade 2f46fc3f3beb -> 7296741dff68

ALTER TABLE flow_run_notification_policy ADD COLUMN name VARCHAR NOT NULL;

CREATE INDEX ix_flow_run_notification_policy__name ON flow_run_notification_policy (name);
