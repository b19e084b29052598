-- revision: v090
-- down_revision: v089
-- message: miniflux/v2 migration_90

-- migrate:up
DROP INDEX entries_feed_url_idx;

-- migrate:down irreversible
