-- revision: 8ba17b5f467a
-- down_revision: 160ac010efcc
-- message: LAION-AI/Open-Assistant add_message_id_to_message_reaction

-- migrate:up
-- alembic: upgrade 160ac010efcc -> 8ba17b5f467a

ALTER TABLE message_reaction ADD COLUMN message_id UUID;

CREATE INDEX ix_message_reaction_message_id ON message_reaction (message_id);

ALTER TABLE text_labels ADD COLUMN task_id UUID;

CREATE INDEX ix_text_labels_task_id ON text_labels (task_id);

-- migrate:down
-- alembic: downgrade 8ba17b5f467a -> 160ac010efcc

DROP INDEX ix_text_labels_task_id;

ALTER TABLE text_labels DROP COLUMN task_id;

DROP INDEX ix_message_reaction_message_id;

ALTER TABLE message_reaction DROP COLUMN message_id;
