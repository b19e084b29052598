-- revision: v20241220102327
-- down_revision: v20241216141201
-- message: Unleash/unleash drop_ai_chats

-- migrate:up
DROP INDEX IF EXISTS idx_ai_chats_user_id;
        DROP TABLE IF EXISTS ai_chats;

-- migrate:down irreversible
