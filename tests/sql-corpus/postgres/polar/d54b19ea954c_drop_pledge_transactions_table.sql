-- revision: d54b19ea954c
-- down_revision: b3e8f1a92c47
-- message: polarsource/polar drop_pledge_transactions_table

-- migrate:up
-- alembic: upgrade b3e8f1a92c47 -> d54b19ea954c

DROP INDEX ix_pledge_transactions_deleted_at;

DROP INDEX ix_pledge_transactions_created_at;

DROP TABLE pledge_transactions;

-- migrate:down
-- alembic: downgrade d54b19ea954c -> b3e8f1a92c47

CREATE TABLE pledge_transactions (
    pledge_id UUID NOT NULL,
    type VARCHAR NOT NULL,
    amount BIGINT NOT NULL,
    transaction_id VARCHAR,
    issue_reward_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pledge_transactions_pkey PRIMARY KEY (id),
    CONSTRAINT pledge_transactions_issue_reward_id_fkey FOREIGN KEY(issue_reward_id) REFERENCES issue_rewards (id),
    CONSTRAINT pledge_transactions_pledge_id_fkey FOREIGN KEY(pledge_id) REFERENCES pledges (id)
);

CREATE INDEX ix_pledge_transactions_created_at ON pledge_transactions (created_at);

CREATE INDEX ix_pledge_transactions_deleted_at ON pledge_transactions (deleted_at);
