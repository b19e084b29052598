-- revision: 2a88656f4a23
-- down_revision: f98ae6d8e2cc
-- message: PrefectHQ/prefect clean_up_work_queue_migration

-- migrate:up
-- alembic: upgrade f98ae6d8e2cc -> 2a88656f4a23

DROP INDEX ix_work_pool_queue__updated;

DROP INDEX ix_work_pool_queue__work_pool_id;

DROP INDEX ix_work_pool_queue__work_pool_id_priority;

DROP TABLE work_pool_queue;

ALTER TABLE work_queue ALTER COLUMN work_pool_id SET NOT NULL;

-- migrate:down
-- alembic: downgrade 2a88656f4a23 -> f98ae6d8e2cc

ALTER TABLE work_queue ALTER COLUMN work_pool_id DROP NOT NULL;

CREATE TABLE work_pool_queue (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    name VARCHAR NOT NULL,
    description VARCHAR,
    is_paused BOOLEAN DEFAULT '0' NOT NULL,
    concurrency_limit INTEGER,
    priority INTEGER NOT NULL,
    work_pool_id UUID NOT NULL,
    CONSTRAINT pk_work_pool_queue PRIMARY KEY (id),
    CONSTRAINT fk_work_pool_queue__work_pool_id__work_pool FOREIGN KEY(work_pool_id) REFERENCES work_pool (id) ON DELETE cascade,
    CONSTRAINT uq_work_pool_queue__work_pool_id_name UNIQUE (work_pool_id, name)
);

CREATE INDEX ix_work_pool_queue__work_pool_id_priority ON work_pool_queue (work_pool_id, priority);

CREATE INDEX ix_work_pool_queue__work_pool_id ON work_pool_queue (work_pool_id);

CREATE INDEX ix_work_pool_queue__updated ON work_pool_queue (updated);
