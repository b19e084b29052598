-- revision: v20241016123833
-- down_revision: v20241016090534
-- message: Unleash/unleash ai_chats_rename_chat_col_to_messages

-- migrate:up
ALTER TABLE ai_chats RENAME COLUMN chat TO messages;

-- migrate:down irreversible
