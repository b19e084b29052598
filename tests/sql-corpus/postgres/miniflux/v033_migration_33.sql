-- revision: v033
-- down_revision: v032
-- message: miniflux/v2 migration_33

-- migrate:up
ALTER TABLE users ADD COLUMN show_reading_time boolean default 't';

-- migrate:down irreversible
