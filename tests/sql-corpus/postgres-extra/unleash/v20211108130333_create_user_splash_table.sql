-- revision: v20211108130333
-- down_revision: v20211105105509
-- message: Unleash/unleash create_user_splash_table

-- migrate:up
CREATE TABLE IF NOT EXISTS user_splash 
        (user_id INTEGER NOT NULL references users (id) ON DELETE CASCADE, 
        splash_id TEXT, 
        seen BOOLEAN NOT NULL DEFAULT false, 
        PRIMARY KEY (user_id, splash_id));
        CREATE INDEX user_splash_user_id_idx ON user_splash (user_id);

-- migrate:down irreversible
