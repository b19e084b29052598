-- revision: v059
-- down_revision: v058
-- message: miniflux/v2 migration_59

-- migrate:up
ALTER TABLE users ADD COLUMN default_home_page text default 'unread';

-- migrate:down irreversible
