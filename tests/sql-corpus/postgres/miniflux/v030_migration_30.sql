-- revision: v030
-- down_revision: v029
-- message: miniflux/v2 migration_30

-- migrate:up
ALTER TABLE feeds ADD COLUMN next_check_at timestamp with time zone default now();
CREATE INDEX entries_user_feed_idx ON entries (user_id, feed_id);

-- migrate:down irreversible
