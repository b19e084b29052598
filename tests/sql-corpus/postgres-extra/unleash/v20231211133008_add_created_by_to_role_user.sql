-- revision: v20231211133008
-- down_revision: v20231211132341
-- message: Unleash/unleash add_created_by_to_role_user

-- migrate:up
ALTER TABLE role_user ADD COLUMN created_by INTEGER;

-- migrate:down irreversible
