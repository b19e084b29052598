-- revision: befa42582ea4
-- down_revision: 05975b274a81
-- message: LAION-AI/Open-Assistant remove_accepted_messages_from_message_tree_state

-- migrate:up
-- alembic: upgrade 05975b274a81 -> befa42582ea4

ALTER TABLE message_tree_state DROP COLUMN accepted_messages;

-- migrate:down
-- alembic: downgrade befa42582ea4 -> 05975b274a81

ALTER TABLE message_tree_state ADD COLUMN accepted_messages INTEGER NOT NULL;
