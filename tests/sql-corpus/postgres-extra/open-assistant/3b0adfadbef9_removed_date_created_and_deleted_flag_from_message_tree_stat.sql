-- revision: 3b0adfadbef9
-- down_revision: d4161e384f83
-- message: LAION-AI/Open-Assistant removed_date_created_and_deleted_flag_from_message_tree_stat

-- migrate:up
-- alembic: upgrade d4161e384f83 -> 3b0adfadbef9

ALTER TABLE message_tree_state DROP COLUMN deleted;

ALTER TABLE message_tree_state DROP COLUMN created_date;

-- migrate:down
-- alembic: downgrade 3b0adfadbef9 -> d4161e384f83

ALTER TABLE message_tree_state ADD COLUMN created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;

ALTER TABLE message_tree_state ADD COLUMN deleted BOOLEAN DEFAULT false NOT NULL;
