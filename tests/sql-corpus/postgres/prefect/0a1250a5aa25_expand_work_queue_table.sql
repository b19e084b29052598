-- revision: 0a1250a5aa25
-- down_revision: 2882cd2df466
-- message: PrefectHQ/prefect expand_work_queue_table

-- migrate:up
-- alembic: upgrade 2882cd2df466 -> 0a1250a5aa25

ALTER TABLE work_pool DROP CONSTRAINT fk_work_pool__default_queue_id__work_pool_queue;

DROP INDEX ix_deployment__work_pool_queue_id;

ALTER TABLE deployment DROP COLUMN work_pool_queue_id;

DROP INDEX ix_flow_run__work_pool_queue_id;

ALTER TABLE flow_run DROP COLUMN work_pool_queue_id;

ALTER TABLE work_queue ADD COLUMN priority INTEGER DEFAULT '1' NOT NULL;

ALTER TABLE work_queue ADD COLUMN work_pool_id UUID;

ALTER TABLE flow_run ADD COLUMN work_queue_id UUID;

CREATE INDEX ix_flow_run__work_queue_id ON flow_run (work_queue_id);

ALTER TABLE flow_run ADD CONSTRAINT fk_flow_run__work_queue_id__work_queue FOREIGN KEY(work_queue_id) REFERENCES work_queue (id) ON DELETE SET NULL;

ALTER TABLE deployment ADD COLUMN work_queue_id UUID;

CREATE INDEX ix_deployment__work_queue_id ON deployment (work_queue_id);

ALTER TABLE deployment ADD CONSTRAINT fk_deployment__work_queue_id__work_queue FOREIGN KEY(work_queue_id) REFERENCES work_queue (id) ON DELETE SET NULL;

ALTER TABLE work_pool ADD CONSTRAINT fk_work_pool__default_queue_id__work_queue FOREIGN KEY(default_queue_id) REFERENCES work_queue (id) ON DELETE RESTRICT;

ALTER TABLE work_pool ALTER COLUMN type SET NOT NULL;

ALTER TABLE work_queue ADD CONSTRAINT fk_work_queue__work_pool_id__work_pool FOREIGN KEY(work_pool_id) REFERENCES work_pool (id) ON DELETE cascade;

CREATE INDEX ix_work_queue__work_pool_id ON work_queue (work_pool_id);

CREATE INDEX ix_work_queue__work_pool_id_priority ON work_queue (work_pool_id, priority);

-- migrate:down
-- alembic: downgrade 0a1250a5aa25 -> 2882cd2df466

DROP INDEX ix_work_queue__work_pool_id_priority;

DROP INDEX ix_work_queue__work_pool_id;

ALTER TABLE work_queue DROP CONSTRAINT fk_work_queue__work_pool_id__work_pool;

ALTER TABLE work_pool DROP CONSTRAINT fk_work_pool__default_queue_id__work_queue;

ALTER TABLE work_pool ALTER COLUMN type DROP NOT NULL;

ALTER TABLE deployment DROP CONSTRAINT fk_deployment__work_queue_id__work_queue;

DROP INDEX ix_deployment__work_queue_id;

ALTER TABLE deployment DROP COLUMN work_queue_id;

ALTER TABLE flow_run DROP CONSTRAINT fk_flow_run__work_queue_id__work_queue;

DROP INDEX ix_flow_run__work_queue_id;

ALTER TABLE flow_run DROP COLUMN work_queue_id;

ALTER TABLE work_queue DROP COLUMN work_pool_id;

ALTER TABLE work_queue DROP COLUMN priority;

DELETE FROM work_pool;

ALTER TABLE work_pool ADD CONSTRAINT fk_work_pool__default_queue_id__work_pool_queue FOREIGN KEY(default_queue_id) REFERENCES work_pool_queue (id) ON DELETE RESTRICT;

ALTER TABLE deployment ADD COLUMN work_pool_queue_id UUID;

CREATE INDEX ix_deployment__work_pool_queue_id ON deployment (work_pool_queue_id);

ALTER TABLE deployment ADD CONSTRAINT fk_deployment__work_pool_queue_id__work_pool_queue FOREIGN KEY(work_pool_queue_id) REFERENCES work_pool_queue (id) ON DELETE SET NULL;

ALTER TABLE flow_run ADD COLUMN work_pool_queue_id UUID;

CREATE INDEX ix_flow_run__work_pool_queue_id ON flow_run (work_pool_queue_id);

ALTER TABLE flow_run ADD CONSTRAINT fk_flow_run__work_pool_queue_id__work_pool_queue FOREIGN KEY(work_pool_queue_id) REFERENCES work_pool_queue (id) ON DELETE SET NULL;
