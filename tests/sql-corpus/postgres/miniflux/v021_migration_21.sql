-- revision: v021
-- down_revision: v020
-- message: miniflux/v2 migration_21

-- migrate:up
ALTER TABLE feeds ADD COLUMN user_agent text default '';

-- migrate:down irreversible
