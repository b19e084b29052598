-- revision: v20231211134130
-- down_revision: v20231211133920
-- message: Unleash/unleash add_created_by_to_users

-- migrate:up
ALTER TABLE users ADD COLUMN created_by INTEGER;

-- migrate:down irreversible
