-- revision: 98c04a65df4a
-- down_revision: 8d1e9a9e0b1f
-- message: mamba-org/quetz register_mirrors

-- migrate:up
-- alembic: upgrade 8d1e9a9e0b1f -> 98c04a65df4a

CREATE TABLE channel_mirrors (
    id BYTEA NOT NULL,
    channel_name VARCHAR,
    url VARCHAR NOT NULL,
    last_synchronised TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id),
    FOREIGN KEY(channel_name) REFERENCES channels (name),
    UNIQUE (url)
);

-- migrate:down
-- alembic: downgrade 98c04a65df4a -> 8d1e9a9e0b1f

DROP TABLE channel_mirrors;
