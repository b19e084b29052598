-- revision: v20240125100000
-- down_revision: v20240125090553
-- message: Unleash/unleash events_system_user_old2new

-- migrate:up
UPDATE events SET created_by_user_id = -1337 WHERE created_by_user_id = -1;

-- migrate:down irreversible
