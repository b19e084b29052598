-- revision: 77eb737fc759
-- down_revision: 60e428f92a75
-- message: PrefectHQ/prefect add_work_queue_name_to_runs

-- migrate:up
-- alembic: upgrade 60e428f92a75 -> 77eb737fc759

ALTER TABLE deployment ADD COLUMN work_queue_name VARCHAR;

CREATE INDEX ix_deployment__work_queue_name ON deployment (work_queue_name);

ALTER TABLE flow_run ADD COLUMN work_queue_name VARCHAR;

CREATE INDEX ix_flow_run__work_queue_name ON flow_run (work_queue_name);

ALTER TABLE work_queue ALTER COLUMN filter DROP NOT NULL;

ALTER TABLE work_queue ALTER COLUMN filter DROP DEFAULT;

-- migrate:down
-- alembic: downgrade 77eb737fc759 -> 60e428f92a75

UPDATE work_queue
        SET filter = '{}'
        WHERE filter IS NULL;

ALTER TABLE work_queue ALTER COLUMN filter SET NOT NULL;

ALTER TABLE work_queue ALTER COLUMN filter SET DEFAULT '{}';

DROP INDEX ix_flow_run__work_queue_name;

ALTER TABLE flow_run DROP COLUMN work_queue_name;

DROP INDEX ix_deployment__work_queue_name;

ALTER TABLE deployment DROP COLUMN work_queue_name;
