-- revision: cdcb4018dd0e
-- down_revision: 2fe6fe6ca16e
-- message: PrefectHQ/prefect rename_run_alerts_to_run_notifications

-- migrate:up
-- alembic: upgrade 2fe6fe6ca16e -> cdcb4018dd0e

ALTER TABLE flow_run_alert_policy RENAME TO flow_run_notification_policy;

ALTER INDEX pk_flow_run_alert RENAME TO pk_flow_run_notification_policy;

ALTER INDEX ix_flow_run_alert_policy__name RENAME TO ix_flow_run_notification_policy__name;

ALTER INDEX ix_flow_run_alert_policy__updated RENAME TO ix_flow_run_notification_policy__updated;

ALTER TABLE flow_run_alert_queue RENAME TO flow_run_notification_queue;

ALTER INDEX pk_flow_run_alert_queue RENAME TO pk_flow_run_notification_queue;

ALTER INDEX ix_flow_run_alert_queue__updated RENAME TO ix_flow_run_notification_queue__updated;

ALTER TABLE flow_run_notification_queue RENAME flow_run_alert_policy_id TO flow_run_notification_policy_id;

-- migrate:down
-- alembic: downgrade cdcb4018dd0e -> 2fe6fe6ca16e

ALTER TABLE flow_run_notification_queue RENAME TO flow_run_alert_queue;

ALTER INDEX pk_flow_run_notification_queue RENAME TO pk_flow_run_alert_queue;

ALTER INDEX ix_flow_run_notification_queue__updated RENAME TO ix_flow_run_alert_queue__updated;

ALTER TABLE flow_run_alert_queue RENAME flow_run_notification_policy_id TO flow_run_alert_policy_id;

ALTER TABLE flow_run_notification_policy RENAME TO flow_run_alert_policy;

ALTER INDEX pk_flow_run_notification_policy RENAME TO pk_flow_run_alert;

ALTER INDEX ix_flow_run_notification_policy__name RENAME TO ix_flow_run_alert_policy__name;

ALTER INDEX ix_flow_run_notification_policy__updated RENAME TO ix_flow_run_alert_policy__updated;
