-- revision: v050
-- down_revision: v049
-- message: miniflux/v2 migration_50

-- migrate:up
ALTER TABLE categories ADD COLUMN hide_globally boolean not null default false;

-- migrate:down irreversible
