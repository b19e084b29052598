-- revision: 165b55de5a94
-- down_revision: ba40d055714a
-- message: LAION-AI/Open-Assistant add_text_labels_message_id_index

-- migrate:up
-- alembic: upgrade ba40d055714a -> 165b55de5a94

CREATE INDEX ix_text_labels_message_id ON text_labels (message_id);

-- migrate:down
-- alembic: downgrade 165b55de5a94 -> ba40d055714a

DROP INDEX ix_text_labels_message_id;
