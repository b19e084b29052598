-- revision: v20210409120136
-- down_revision: v20210323073508
-- message: Unleash/unleash create_reset_token_table

-- migrate:up
CREATE TABLE IF NOT EXISTS reset_tokens
            (
                reset_token text PRIMARY KEY         NOT NULL,
                user_id     integer,
                expires_at  timestamp with time zone NOT NULL,
                used_at     timestamp with time zone,
                created_at  timestamp with time zone DEFAULT now(),
                created_by  text,
                FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
            );

-- migrate:down irreversible
