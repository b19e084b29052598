-- revision: v032
-- down_revision: v031
-- message: miniflux/v2 migration_32

-- migrate:up
ALTER TABLE users ADD COLUMN entries_per_page int default 100;

-- migrate:down irreversible
