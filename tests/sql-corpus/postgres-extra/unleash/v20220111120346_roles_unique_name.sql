-- revision: v20220111120346
-- down_revision: v20220111115613
-- message: Unleash/unleash roles_unique_name

-- migrate:up
ALTER TABLE roles ADD CONSTRAINT unique_name UNIQUE (name);

-- migrate:down irreversible
