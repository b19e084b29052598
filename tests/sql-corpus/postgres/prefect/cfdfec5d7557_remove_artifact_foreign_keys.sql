-- revision: cfdfec5d7557
-- down_revision: 2a88656f4a23
-- message: PrefectHQ/prefect remove_artifact_foreign_keys

-- migrate:up
-- alembic: upgrade 2a88656f4a23 -> cfdfec5d7557

ALTER TABLE artifact DROP CONSTRAINT fk_artifact__task_run_id__task_run;

ALTER TABLE artifact DROP CONSTRAINT fk_artifact__flow_run_id__flow_run;

-- migrate:down
-- alembic: downgrade cfdfec5d7557 -> 2a88656f4a23

ALTER TABLE artifact ADD CONSTRAINT fk_artifact__flow_run_id__flow_run FOREIGN KEY(flow_run_id) REFERENCES flow_run (id);

ALTER TABLE artifact ADD CONSTRAINT fk_artifact__task_run_id__task_run FOREIGN KEY(task_run_id) REFERENCES task_run (id);
