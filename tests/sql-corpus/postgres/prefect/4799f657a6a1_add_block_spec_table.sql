-- revision: 4799f657a6a1
-- down_revision: d9d98a9ebb6f
-- message: PrefectHQ/prefect add_block_spec_table

-- migrate:up
-- alembic: upgrade d9d98a9ebb6f -> 4799f657a6a1

CREATE TABLE block_spec (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    name VARCHAR NOT NULL,
    version VARCHAR NOT NULL,
    type VARCHAR,
    fields JSONB DEFAULT '{}' NOT NULL,
    CONSTRAINT pk_block_spec PRIMARY KEY (id)
);

CREATE INDEX ix_block_spec__updated ON block_spec (updated);

CREATE UNIQUE INDEX uq_block_spec__name_version ON block_spec (name, version);

CREATE INDEX ix_block_spec__type ON block_spec (type);

DROP INDEX ix_block_data__name;

DROP INDEX ix_block_data__updated;

CREATE INDEX ix_block__name ON block (name);

CREATE INDEX ix_block__updated ON block (updated);

ALTER TABLE block ADD CONSTRAINT uq_block__name UNIQUE (name);

-- migrate:down
-- alembic: downgrade 4799f657a6a1 -> d9d98a9ebb6f

ALTER TABLE block DROP CONSTRAINT uq_block__name;

DROP INDEX ix_block__updated;

DROP INDEX ix_block__name;

CREATE INDEX ix_block_data__updated ON block (updated);

CREATE INDEX ix_block_data__name ON block (name);

DROP INDEX uq_block_spec__name_version;

DROP INDEX ix_block_spec__updated;

DROP INDEX ix_block_spec__type;

DROP TABLE block_spec;
