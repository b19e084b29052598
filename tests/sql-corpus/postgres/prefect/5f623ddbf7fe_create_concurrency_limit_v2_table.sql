-- revision: 5f623ddbf7fe
-- down_revision: 15f5083c16bd
-- message: PrefectHQ/prefect create_concurrency_limit_v2_table

-- migrate:up
-- alembic: upgrade 15f5083c16bd -> 5f623ddbf7fe

CREATE TABLE concurrency_limit_v2 (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    active BOOLEAN NOT NULL,
    name VARCHAR NOT NULL,
    "limit" INTEGER NOT NULL,
    active_slots INTEGER NOT NULL,
    denied_slots INTEGER NOT NULL,
    slot_decay_per_second FLOAT,
    avg_slot_occupancy_seconds FLOAT NOT NULL,
    CONSTRAINT pk_concurrency_limit_v2 PRIMARY KEY (id),
    CONSTRAINT uq_concurrency_limit_v2__name UNIQUE (name)
);

CREATE INDEX ix_concurrency_limit_v2__updated ON concurrency_limit_v2 (updated);

-- migrate:down
-- alembic: downgrade 5f623ddbf7fe -> 15f5083c16bd

DROP INDEX ix_concurrency_limit_v2__updated;

DROP TABLE concurrency_limit_v2;
