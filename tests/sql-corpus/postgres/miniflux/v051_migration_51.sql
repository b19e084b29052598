-- revision: v051
-- down_revision: v050
-- message: miniflux/v2 migration_51

-- migrate:up
ALTER TABLE feeds ADD COLUMN hide_globally boolean not null default false;

-- migrate:down irreversible
