-- revision: 080d29b15cd3
-- down_revision: b295b033364d
-- message: CTFd/CTFd add_tokens_table_to_store_user_access_tokens

-- migrate:up
-- alembic: upgrade b295b033364d -> 080d29b15cd3

CREATE TABLE tokens (
    id SERIAL NOT NULL,
    type VARCHAR(32),
    user_id INTEGER,
    created TIMESTAMP WITHOUT TIME ZONE,
    expiration TIMESTAMP WITHOUT TIME ZONE,
    value VARCHAR(128),
    PRIMARY KEY (id),
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE,
    UNIQUE (value)
);

-- migrate:down
-- alembic: downgrade 080d29b15cd3 -> b295b033364d

DROP TABLE tokens;
