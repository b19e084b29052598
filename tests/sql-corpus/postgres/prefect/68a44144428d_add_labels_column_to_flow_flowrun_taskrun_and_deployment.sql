-- revision: 68a44144428d
-- down_revision: eaec5004771f
-- message: PrefectHQ/prefect add_labels_column_to_flow_flowrun_taskrun_and_deployment

-- migrate:up
-- alembic: upgrade eaec5004771f -> 68a44144428d

ALTER TABLE deployment ADD COLUMN labels JSONB;

ALTER TABLE flow ADD COLUMN labels JSONB;

ALTER TABLE flow_run ADD COLUMN labels JSONB;

ALTER TABLE task_run ADD COLUMN labels JSONB;

-- migrate:down
-- alembic: downgrade 68a44144428d -> eaec5004771f

ALTER TABLE task_run DROP COLUMN labels;

ALTER TABLE flow_run DROP COLUMN labels;

ALTER TABLE flow DROP COLUMN labels;

ALTER TABLE deployment DROP COLUMN labels;
