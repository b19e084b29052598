-- revision: v20240116154700
-- down_revision: v20240116104456
-- message: Unleash/unleash unleash_admin_token_user

-- migrate:up
INSERT INTO users
          (id, name, username, created_by_user_id, is_system) 
        VALUES
          (-42, 'Unleash Admin Token User', 'unleash_admin_token', -1337, true);

-- migrate:down irreversible
