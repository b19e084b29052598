-- revision: f7587d6c5776
-- down_revision: 5e4f924ff96c
-- message: PrefectHQ/prefect add_worker_tables

-- migrate:up
-- alembic: upgrade 5e4f924ff96c -> f7587d6c5776

CREATE TABLE worker_pool (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    name VARCHAR NOT NULL,
    description VARCHAR,
    type VARCHAR,
    base_job_template JSONB DEFAULT '{}' NOT NULL,
    is_paused BOOLEAN DEFAULT '0' NOT NULL,
    concurrency_limit INTEGER,
    default_queue_id UUID,
    CONSTRAINT pk_worker_pool PRIMARY KEY (id),
    CONSTRAINT uq_worker_pool__name UNIQUE (name)
);

CREATE INDEX ix_worker_pool__updated ON worker_pool (updated);

CREATE INDEX ix_worker_pool__type ON worker_pool (type);

CREATE TABLE worker (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    name VARCHAR NOT NULL,
    last_heartbeat_time TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    worker_pool_id UUID NOT NULL,
    CONSTRAINT pk_worker PRIMARY KEY (id),
    CONSTRAINT fk_worker__worker_pool_id__worker_pool FOREIGN KEY(worker_pool_id) REFERENCES worker_pool (id) ON DELETE cascade,
    CONSTRAINT uq_worker__worker_pool_id_name UNIQUE (worker_pool_id, name)
);

CREATE INDEX ix_worker__updated ON worker (updated);

CREATE INDEX ix_worker__worker_pool_id ON worker (worker_pool_id);

CREATE INDEX ix_worker__worker_pool_id_last_heartbeat_time ON worker (worker_pool_id, last_heartbeat_time);

CREATE TABLE worker_pool_queue (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    name VARCHAR NOT NULL,
    description VARCHAR,
    is_paused BOOLEAN DEFAULT '0' NOT NULL,
    concurrency_limit INTEGER,
    priority INTEGER NOT NULL,
    worker_pool_id UUID NOT NULL,
    CONSTRAINT pk_worker_pool_queue PRIMARY KEY (id),
    CONSTRAINT fk_worker_pool_queue__worker_pool_id__worker_pool FOREIGN KEY(worker_pool_id) REFERENCES worker_pool (id) ON DELETE cascade,
    CONSTRAINT uq_worker_pool_queue__worker_pool_id_name UNIQUE (worker_pool_id, name)
);

CREATE INDEX ix_worker_pool_queue__updated ON worker_pool_queue (updated);

CREATE INDEX ix_worker_pool_queue__worker_pool_id_priority ON worker_pool_queue (worker_pool_id, priority);

CREATE INDEX ix_worker_pool_queue__worker_pool_id ON worker_pool_queue (worker_pool_id);

ALTER TABLE worker_pool ADD CONSTRAINT fk_worker_pool__default_queue_id__worker_pool_queue FOREIGN KEY(default_queue_id) REFERENCES worker_pool_queue (id) ON DELETE RESTRICT;

ALTER TABLE deployment ADD COLUMN worker_pool_queue_id UUID;

CREATE INDEX ix_deployment__worker_pool_queue_id ON deployment (worker_pool_queue_id);

ALTER TABLE deployment ADD CONSTRAINT fk_deployment__worker_pool_queue_id__worker_pool_queue FOREIGN KEY(worker_pool_queue_id) REFERENCES worker_pool_queue (id) ON DELETE SET NULL;

ALTER TABLE flow_run ADD COLUMN worker_pool_queue_id UUID;

CREATE INDEX ix_flow_run__worker_pool_queue_id ON flow_run (worker_pool_queue_id);

ALTER TABLE flow_run ADD CONSTRAINT fk_flow_run__worker_pool_queue_id__worker_pool_queue FOREIGN KEY(worker_pool_queue_id) REFERENCES worker_pool_queue (id) ON DELETE SET NULL;

-- migrate:down
-- alembic: downgrade f7587d6c5776 -> 5e4f924ff96c

ALTER TABLE deployment DROP COLUMN worker_pool_queue_id;

ALTER TABLE flow_run DROP COLUMN worker_pool_queue_id;

ALTER TABLE worker_pool DROP CONSTRAINT fk_worker_pool__default_queue_id__worker_pool_queue;

DROP TABLE worker_pool_queue;

DROP TABLE worker;

DROP TABLE worker_pool;
