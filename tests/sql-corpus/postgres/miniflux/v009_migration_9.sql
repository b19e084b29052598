-- revision: v009
-- down_revision: v008
-- message: miniflux/v2 migration_9

-- migrate:up
ALTER TABLE sessions rename to user_sessions;

-- migrate:down irreversible
