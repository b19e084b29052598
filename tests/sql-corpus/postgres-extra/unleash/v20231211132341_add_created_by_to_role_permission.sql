-- revision: v20231211132341
-- down_revision: v20231211122426
-- message: Unleash/unleash add_created_by_to_role_permission

-- migrate:up
ALTER TABLE role_permission ADD COLUMN created_by INTEGER;

-- migrate:down irreversible
