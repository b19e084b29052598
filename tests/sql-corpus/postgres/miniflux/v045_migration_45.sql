-- revision: v045
-- down_revision: v044
-- message: miniflux/v2 migration_45

-- migrate:up
CREATE INDEX entries_feed_url_idx ON entries(feed_id, url) WHERE length(url) < 2000;
CREATE INDEX entries_user_status_feed_idx ON entries(user_id, status, feed_id);
CREATE INDEX entries_user_status_changed_idx ON entries(user_id, status, changed_at);

-- migrate:down irreversible
