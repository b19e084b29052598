-- revision: v20240125084701
-- down_revision: v20240124123000
-- message: Unleash/unleash add_user_trends

-- migrate:up
CREATE TABLE IF NOT EXISTS user_trends (
            id VARCHAR(255) PRIMARY KEY,
            total_users INTEGER NOT NULL,
            active_users INTEGER NOT NULL,
            created_at TIMESTAMP default now()
        );

-- migrate:down irreversible
