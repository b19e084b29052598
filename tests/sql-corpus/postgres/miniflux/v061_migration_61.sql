-- revision: v061
-- down_revision: v060
-- message: miniflux/v2 migration_61

-- migrate:up
ALTER TABLE users ADD COLUMN categories_sorting_order text not null default 'unread_count';

-- migrate:down irreversible
