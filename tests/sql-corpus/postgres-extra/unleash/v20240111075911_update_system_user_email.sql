-- revision: v20240111075911
-- down_revision: v20240109095348
-- message: Unleash/unleash update_system_user_email

-- migrate:up
UPDATE users SET email = NULL WHERE id = -1337;

-- migrate:down irreversible
