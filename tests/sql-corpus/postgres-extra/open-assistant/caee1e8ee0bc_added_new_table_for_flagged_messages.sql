-- revision: caee1e8ee0bc
-- down_revision: 8c8241d1f973
-- message: LAION-AI/Open-Assistant added_new_table_for_flagged_messages

-- migrate:up
-- alembic: upgrade 8c8241d1f973 -> caee1e8ee0bc

CREATE TABLE flagged_message (
    message_id UUID NOT NULL,
    created_date TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    processed BOOLEAN NOT NULL,
    PRIMARY KEY (message_id),
    FOREIGN KEY(message_id) REFERENCES message (id) ON DELETE CASCADE
);

CREATE INDEX ix_flagged_message_created_date ON flagged_message (created_date);

CREATE INDEX ix_flagged_message_processed ON flagged_message (processed);

-- migrate:down
-- alembic: downgrade caee1e8ee0bc -> 8c8241d1f973

DROP INDEX ix_flagged_message_processed;

DROP INDEX ix_flagged_message_created_date;

DROP TABLE flagged_message;
