-- revision: 310dda75f561
-- down_revision: 43c94d4c7aa3
-- message: PrefectHQ/prefect add_variables

-- migrate:up
-- alembic: upgrade 43c94d4c7aa3 -> 310dda75f561

CREATE TABLE variable (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    name VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    tags JSONB DEFAULT '[]' NOT NULL,
    CONSTRAINT pk_variable PRIMARY KEY (id),
    CONSTRAINT uq_variable__name UNIQUE (name)
);

CREATE INDEX ix_variable__updated ON variable (updated);

-- migrate:down
-- alembic: downgrade 310dda75f561 -> 43c94d4c7aa3

DROP INDEX ix_variable__updated;

DROP TABLE variable;
