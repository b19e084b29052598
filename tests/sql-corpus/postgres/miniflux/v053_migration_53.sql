-- revision: v053
-- down_revision: v052
-- message: miniflux/v2 migration_53

-- migrate:up
CREATE TYPE entry_sorting_order AS enum('published_at', 'created_at');
ALTER TABLE users ADD COLUMN entry_order entry_sorting_order default 'published_at';

-- migrate:down irreversible
