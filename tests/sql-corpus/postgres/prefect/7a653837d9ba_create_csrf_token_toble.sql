-- revision: 7a653837d9ba
-- down_revision: 121699507574
-- message: PrefectHQ/prefect create_csrf_token_toble

-- migrate:up
-- alembic: upgrade 121699507574 -> 7a653837d9ba

CREATE TABLE csrf_token (
    token VARCHAR NOT NULL,
    client VARCHAR NOT NULL,
    expiration TIMESTAMP WITH TIME ZONE NOT NULL,
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_csrf_token PRIMARY KEY (id),
    CONSTRAINT uq_csrf_token__client UNIQUE (client)
);

CREATE INDEX ix_csrf_token__updated ON csrf_token (updated);

-- migrate:down
-- alembic: downgrade 7a653837d9ba -> 121699507574

DROP INDEX ix_csrf_token__updated;

DROP TABLE csrf_token;
