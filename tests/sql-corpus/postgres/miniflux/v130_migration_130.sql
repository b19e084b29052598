-- revision: v130
-- down_revision: v129
-- message: miniflux/v2 migration_130

-- migrate:up
DROP INDEX IF EXISTS entries_feed_idx;
DROP INDEX IF EXISTS entries_user_status_idx;

-- migrate:down irreversible
