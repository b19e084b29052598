-- revision: v20221221144132
-- down_revision: v20221220160345
-- message: Unleash/unleash service_account_users

-- migrate:up
ALTER table users
                ADD COLUMN IF NOT EXISTS is_service boolean DEFAULT false;

-- migrate:down irreversible
