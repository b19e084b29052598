-- revision: f98ae6d8e2cc
-- down_revision: 0a1250a5aa25
-- message: PrefectHQ/prefect work_queue_data_migration
-- transactional: false

-- migrate:up
-- alembic: upgrade 0a1250a5aa25 -> f98ae6d8e2cc

CREATE INDEX IF NOT EXISTS ix_flow_run__work_queue_id_work_queue_name ON flow_run (work_queue_id, work_queue_name);

CREATE INDEX IF NOT EXISTS ix_deployment__work_queue_id_work_queue_name ON deployment (work_queue_id, work_queue_name);

ALTER TABLE work_queue DROP CONSTRAINT uq_work_queue__name;

ALTER TABLE work_queue ADD CONSTRAINT uq_work_queue__work_pool_id_name UNIQUE (work_pool_id, name);

ALTER TABLE work_queue ALTER COLUMN work_pool_id SET NOT NULL;

DROP INDEX IF EXISTS ix_flow_run__work_queue_id_work_queue_name;

DROP INDEX IF EXISTS ix_deployment__work_queue_id_work_queue_name;

-- migrate:down
-- alembic: downgrade f98ae6d8e2cc -> 0a1250a5aa25

CREATE INDEX IF NOT EXISTS ix_flow_run__work_queue_id_work_queue_name ON flow_run (work_queue_id, work_queue_name);

CREATE INDEX IF NOT EXISTS ix_deployment__work_queue_id_work_queue_name ON deployment (work_queue_id, work_queue_name);

ALTER TABLE work_queue ALTER COLUMN work_pool_id DROP NOT NULL;

ALTER TABLE work_queue DROP CONSTRAINT uq_work_queue__work_pool_id_name;

ALTER TABLE work_queue ADD CONSTRAINT uq_work_queue__name UNIQUE (name);

DROP INDEX IF EXISTS ix_flow_run__work_queue_id_work_queue_name;

DROP INDEX IF EXISTS ix_deployment__work_queue_id_work_queue_name;
