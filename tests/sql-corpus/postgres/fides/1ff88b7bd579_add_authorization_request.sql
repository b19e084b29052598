-- revision: 1ff88b7bd579
-- down_revision: 3a7c5fb119c9
-- message: ethyca/fides add_authorization_request

-- migrate:up
-- alembic: upgrade 3a7c5fb119c9 -> 1ff88b7bd579

CREATE TABLE authenticationrequest (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    connection_key VARCHAR NOT NULL,
    state VARCHAR NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (connection_key)
);

CREATE INDEX ix_authenticationrequest_id ON authenticationrequest (id);

CREATE UNIQUE INDEX ix_authenticationrequest_state ON authenticationrequest (state);

-- migrate:down
-- alembic: downgrade 1ff88b7bd579 -> 3a7c5fb119c9

DROP INDEX ix_authenticationrequest_state;

DROP INDEX ix_authenticationrequest_id;

DROP TABLE authenticationrequest;
