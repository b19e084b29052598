-- revision: 8c8241d1f973
-- down_revision: 4d7e0b0ebe84
-- message: LAION-AI/Open-Assistant add_account_table

-- migrate:up
-- alembic: upgrade 4d7e0b0ebe84 -> 8c8241d1f973

CREATE TABLE account (
    id UUID DEFAULT gen_random_uuid() NOT NULL,
    user_id UUID NOT NULL,
    provider VARCHAR(128) NOT NULL,
    provider_account_id VARCHAR(128) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

CREATE UNIQUE INDEX provider ON account (provider_account_id);

-- migrate:down
-- alembic: downgrade 8c8241d1f973 -> 4d7e0b0ebe84

DROP INDEX provider;

DROP TABLE account;
