-- revision: 6a1eb3d442e4
-- down_revision: 3bf47e3ce2dd
-- message: PrefectHQ/prefect add_cols_to_artifact_collection

-- migrate:up
-- alembic: upgrade 3bf47e3ce2dd -> 6a1eb3d442e4

ALTER TABLE artifact_collection ADD COLUMN task_run_id UUID;

ALTER TABLE artifact_collection ADD COLUMN flow_run_id UUID;

ALTER TABLE artifact_collection ADD COLUMN type VARCHAR;

ALTER TABLE artifact_collection ADD COLUMN data JSON;

ALTER TABLE artifact_collection ADD COLUMN description VARCHAR;

ALTER TABLE artifact_collection ADD COLUMN metadata_ JSON;

-- migrate:down
-- alembic: downgrade 6a1eb3d442e4 -> 3bf47e3ce2dd

ALTER TABLE artifact_collection DROP COLUMN metadata_;

ALTER TABLE artifact_collection DROP COLUMN description;

ALTER TABLE artifact_collection DROP COLUMN data;

ALTER TABLE artifact_collection DROP COLUMN type;

ALTER TABLE artifact_collection DROP COLUMN flow_run_id;

ALTER TABLE artifact_collection DROP COLUMN task_run_id;
