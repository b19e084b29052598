-- revision: 3b86c5ea017a
-- down_revision: aa1234567890
-- message: PrefectHQ/prefect drop_task_run_state_id_foreign_key_constraint

-- migrate:up
-- alembic: upgrade aa1234567890 -> 3b86c5ea017a

ALTER TABLE task_run DROP CONSTRAINT fk_task_run__state_id__task_run_state;

-- migrate:down
-- alembic: downgrade 3b86c5ea017a -> aa1234567890

ALTER TABLE task_run ADD CONSTRAINT fk_task_run__state_id__task_run_state FOREIGN KEY(state_id) REFERENCES task_run_state (id) ON DELETE SET NULL;
