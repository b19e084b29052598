-- revision: v20231222071533
-- down_revision: v20231221143955
-- message: Unleash/unleash unleash_system_user

-- migrate:up
ALTER TABLE users ADD COLUMN IF NOT EXISTS is_system BOOLEAN NOT NULL DEFAULT FALSE;
        INSERT INTO users
          (id, name, username, email, created_by_user_id, is_system) 
        VALUES
          (-1337, 'Unleash System', 'unleash_system_user', 'system@getunleash.io', -1337, true);

-- migrate:down irreversible
