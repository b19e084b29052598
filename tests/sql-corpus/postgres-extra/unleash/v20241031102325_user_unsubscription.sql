-- revision: v20241031102325
-- down_revision: v20241030093439
-- message: Unleash/unleash user_unsubscription

-- migrate:up
CREATE TABLE IF NOT EXISTS user_unsubscription
    (
        user_id INTEGER NOT NULL references users (id),
        subscription VARCHAR(255) NOT NULL,
        created_at TIMESTAMP DEFAULT now(),
        PRIMARY KEY (user_id, subscription)
    );

-- migrate:down irreversible
