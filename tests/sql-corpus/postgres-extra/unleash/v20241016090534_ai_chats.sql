-- revision: v20241016090534
-- down_revision: v20240919083625
-- message: Unleash/unleash ai_chats

-- migrate:up
CREATE TABLE IF NOT EXISTS ai_chats
        (
            id BIGSERIAL PRIMARY KEY NOT NULL,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
            chat JSONB NOT NULL
        );

        CREATE INDEX IF NOT EXISTS idx_ai_chats_user_id ON ai_chats(user_id);

-- migrate:down irreversible
