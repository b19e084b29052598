-- revision: 5f376def75c3
-- down_revision: 25f4b90a7a42
-- message: PrefectHQ/prefect add_the_block_data_table

-- migrate:up
-- alembic: upgrade 25f4b90a7a42 -> 5f376def75c3

CREATE TABLE block_data (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    name VARCHAR NOT NULL,
    blockref VARCHAR NOT NULL,
    data JSONB DEFAULT '{}' NOT NULL,
    CONSTRAINT pk_block_data PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_block_data__name ON block_data (name);

CREATE INDEX ix_block_data__updated ON block_data (updated);

-- migrate:down
-- alembic: downgrade 5f376def75c3 -> 25f4b90a7a42

DROP INDEX ix_block_data__updated;

DROP INDEX ix_block_data__name;

DROP TABLE block_data;
