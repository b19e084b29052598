-- revision: 78f16015b904
-- down_revision: 629d5081160f
-- message: LAION-AI/Open-Assistant add_refresh_token_table

-- migrate:up
-- alembic: upgrade 629d5081160f -> 78f16015b904

CREATE TABLE refresh_token (
    token_hash VARCHAR NOT NULL,
    user_id VARCHAR NOT NULL,
    enabled BOOLEAN NOT NULL,
    PRIMARY KEY (token_hash),
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

CREATE INDEX ix_refresh_token_user_id ON refresh_token (user_id);

-- migrate:down
-- alembic: downgrade 78f16015b904 -> 629d5081160f

DROP INDEX ix_refresh_token_user_id;

DROP TABLE refresh_token;
