-- revision: 40ed93df0ed5
-- down_revision: 8ba17b5f467a
-- message: LAION-AI/Open-Assistant add_message_emoji

-- migrate:up
-- alembic: upgrade 8ba17b5f467a -> 40ed93df0ed5

CREATE TABLE message_emoji (
    message_id UUID NOT NULL,
    user_id UUID NOT NULL,
    created_date TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    emoji VARCHAR(128) NOT NULL,
    PRIMARY KEY (message_id, user_id, emoji),
    FOREIGN KEY(message_id) REFERENCES message (id) ON DELETE CASCADE,
    FOREIGN KEY(user_id) REFERENCES "user" (id) ON DELETE CASCADE
);

CREATE INDEX ix_message_emoji__user_id__message_id ON message_emoji (user_id, message_id);

ALTER TABLE message ADD COLUMN emojis JSONB;

-- migrate:down
-- alembic: downgrade 40ed93df0ed5 -> 8ba17b5f467a

ALTER TABLE message DROP COLUMN emojis;

DROP INDEX ix_message_emoji__user_id__message_id;

DROP TABLE message_emoji;
