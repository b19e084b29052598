-- revision: c5336b841d70
-- down_revision: f206d4e7574d
-- message: ethyca/fides add_policy_webhooks

-- migrate:up
-- alembic: upgrade f206d4e7574d -> c5336b841d70

CREATE TYPE webhookdirection AS ENUM ('one_way', 'two_way');

CREATE TABLE policypostwebhook (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    name VARCHAR NOT NULL,
    key VARCHAR NOT NULL,
    direction webhookdirection NOT NULL,
    "order" INTEGER NOT NULL,
    policy_id VARCHAR NOT NULL,
    connection_config_id VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(connection_config_id) REFERENCES connectionconfig (id),
    FOREIGN KEY(policy_id) REFERENCES policy (id),
    UNIQUE (name)
);

CREATE INDEX ix_policypostwebhook_id ON policypostwebhook (id);

CREATE UNIQUE INDEX ix_policypostwebhook_key ON policypostwebhook (key);

CREATE TABLE policyprewebhook (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    name VARCHAR NOT NULL,
    key VARCHAR NOT NULL,
    direction webhookdirection NOT NULL,
    "order" INTEGER NOT NULL,
    policy_id VARCHAR NOT NULL,
    connection_config_id VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(connection_config_id) REFERENCES connectionconfig (id),
    FOREIGN KEY(policy_id) REFERENCES policy (id),
    UNIQUE (name)
);

CREATE INDEX ix_policyprewebhook_id ON policyprewebhook (id);

CREATE UNIQUE INDEX ix_policyprewebhook_key ON policyprewebhook (key);

-- migrate:down
-- alembic: downgrade c5336b841d70 -> f206d4e7574d

DROP INDEX ix_policyprewebhook_key;

DROP INDEX ix_policyprewebhook_id;

DROP TABLE policyprewebhook;

DROP INDEX ix_policypostwebhook_key;

DROP INDEX ix_policypostwebhook_id;

DROP TABLE policypostwebhook;
