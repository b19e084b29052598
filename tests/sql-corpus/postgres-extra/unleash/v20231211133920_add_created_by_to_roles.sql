-- revision: v20231211133920
-- down_revision: v20231211133008
-- message: Unleash/unleash add_created_by_to_roles

-- migrate:up
ALTER TABLE roles ADD COLUMN created_by INTEGER;

-- migrate:down irreversible
