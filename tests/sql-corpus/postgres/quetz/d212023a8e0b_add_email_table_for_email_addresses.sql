-- revision: d212023a8e0b
-- down_revision: cddba8e6e639
-- message: mamba-org/quetz add_email_table_for_email_addresses

-- migrate:up
-- alembic: upgrade cddba8e6e639 -> d212023a8e0b

CREATE TABLE emails (
    provider VARCHAR NOT NULL,
    identity_id VARCHAR NOT NULL,
    email VARCHAR NOT NULL,
    user_id BYTEA,
    verified BOOLEAN,
    "primary" BOOLEAN,
    PRIMARY KEY (provider, identity_id, email),
    FOREIGN KEY(provider, identity_id) REFERENCES identities (provider, identity_id),
    FOREIGN KEY(user_id) REFERENCES users (id),
    UNIQUE (email)
);

CREATE UNIQUE INDEX email_index ON emails (provider, identity_id, email);

-- migrate:down
-- alembic: downgrade d212023a8e0b -> cddba8e6e639

DROP INDEX email_index;

DROP TABLE emails;
