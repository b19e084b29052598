-- revision: 679e695af6ba
-- down_revision: 5bff7878e700
-- message: PrefectHQ/prefect add_the_configurations_table

-- migrate:up
-- alembic: upgrade 5bff7878e700 -> 679e695af6ba

CREATE TABLE configuration (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    key VARCHAR NOT NULL,
    value JSONB NOT NULL,
    CONSTRAINT pk_configuration PRIMARY KEY (id),
    CONSTRAINT uq_configuration__key UNIQUE (key)
);

CREATE INDEX ix_configuration__key ON configuration (key);

CREATE INDEX ix_configuration__updated ON configuration (updated);

-- migrate:down
-- alembic: downgrade 679e695af6ba -> 5bff7878e700

DROP INDEX ix_configuration__updated;

DROP INDEX ix_configuration__key;

DROP TABLE configuration;
