-- revision: v018
-- down_revision: v017
-- message: miniflux/v2 migration_18

-- migrate:up
ALTER TABLE user_sessions ALTER COLUMN ip SET DATA TYPE inet using ip::inet;

-- migrate:down irreversible
