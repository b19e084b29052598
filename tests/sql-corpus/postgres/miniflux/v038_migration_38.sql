-- revision: v038
-- down_revision: v037
-- message: miniflux/v2 migration_38

-- migrate:up
ALTER TABLE users ADD COLUMN entry_swipe boolean default 't';

-- migrate:down irreversible
