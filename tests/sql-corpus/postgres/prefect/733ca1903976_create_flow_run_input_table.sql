-- revision: 733ca1903976
-- down_revision: 9c493c02ca6d
-- message: PrefectHQ/prefect create_flow_run_input_table

-- migrate:up
-- alembic: upgrade 9c493c02ca6d -> 733ca1903976

CREATE TABLE flow_run_input (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    key VARCHAR NOT NULL,
    value TEXT NOT NULL,
    flow_run_id UUID NOT NULL,
    CONSTRAINT pk_flow_run_input PRIMARY KEY (id),
    CONSTRAINT uq_flow_run_input__flow_run_id_key UNIQUE (flow_run_id, key)
);

CREATE INDEX ix_flow_run_input__updated ON flow_run_input (updated);

-- migrate:down
-- alembic: downgrade 733ca1903976 -> 9c493c02ca6d

DROP INDEX ix_flow_run_input__updated;

DROP TABLE flow_run_input;
