-- revision: 5ed411a331f4
-- down_revision: 5b4211625a9f
-- message: LAION-AI/Open-Assistant add_active_thread_tail_messsage_id_and_message_eval

-- migrate:up
-- alembic: upgrade 5b4211625a9f -> 5ed411a331f4

CREATE TABLE message_evaluation (
    inferior_message_ids JSONB,
    id VARCHAR NOT NULL,
    chat_id VARCHAR NOT NULL,
    user_id VARCHAR NOT NULL,
    selected_message_id VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(chat_id) REFERENCES chat (id),
    FOREIGN KEY(selected_message_id) REFERENCES message (id),
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

CREATE INDEX ix_message_evaluation_chat_id ON message_evaluation (chat_id);

CREATE INDEX ix_message_evaluation_user_id ON message_evaluation (user_id);

ALTER TABLE chat ADD COLUMN active_thread_tail_message_id VARCHAR;

-- migrate:down
-- alembic: downgrade 5ed411a331f4 -> 5b4211625a9f

ALTER TABLE chat DROP COLUMN active_thread_tail_message_id;

DROP INDEX ix_message_evaluation_user_id;

DROP INDEX ix_message_evaluation_chat_id;

DROP TABLE message_evaluation;
