-- revision: v20211109103930
-- down_revision: v20211108130333
-- message: Unleash/unleash add_splash_entry_for_users

-- migrate:up
INSERT INTO user_splash(splash_id, user_id, seen) SELECT 'environment', u.id, false FROM users u;

-- migrate:down irreversible
